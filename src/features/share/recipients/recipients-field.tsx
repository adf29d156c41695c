import {
  Avatar,
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  makeStyles,
  tokens,
  type TagPickerProps,
} from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { Recipient } from '../share-dialog.types';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface RecipientsFieldProps {
  recipients: readonly Recipient[];
  draft: string;
  error: string | undefined;
  disabled: boolean;
  onDraftChange: (value: string) => void;
  /** Turns the typed text into chips; returns false when some of it could not be read. */
  onCommit: () => boolean;
  onRemove: (email: string) => void;
}

const COMMIT_KEYS = new Set(['Enter', ',', ';']);

export function RecipientsField({ recipients, draft, error, disabled, onDraftChange, onCommit, onRemove }: RecipientsFieldProps) {
  const styles = useStyles();

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    // With no popover, the only "selection" the picker reports is a chip being dismissed.
    if (recipients.some((recipient) => recipient.email === data.value)) onRemove(data.value);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (COMMIT_KEYS.has(event.key)) {
      if (draft.trim() === '') {
        if (event.key !== 'Enter') event.preventDefault();
        return;
      }
      event.preventDefault();
      onCommit();
    } else if (event.key === 'Tab' && draft.trim() !== '') {
      // Tab keeps its meaning (move on) but does not leave a typed address behind.
      onCommit();
    }
  }

  return (
    <Field
      label="Recipients"
      required
      validationState={error ? 'error' : 'none'}
      validationMessage={
        error ?? <span className={styles.hint}>Type email addresses; press Enter, comma or semicolon after each.</span>
      }
      validationMessageIcon={error ? undefined : null}
    >
      <TagPicker
        noPopover
        // No suggestions list yet: keep the combobox collapsed so it never claims a popup it lacks.
        open={false}
        disabled={disabled}
        selectedOptions={recipients.map((recipient) => recipient.email)}
        onOptionSelect={onOptionSelect}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label="Selected recipients">
            {recipients.map((recipient) => (
              <Tag
                key={recipient.email}
                value={recipient.email}
                shape="rounded"
                media={<Avatar aria-hidden name={recipient.email} color="colorful" />}
                title={`Remove ${recipient.email}`}
              >
                {recipient.email}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            aria-label="Recipients"
            value={draft}
            onChange={(event) => onDraftChange(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              if (draft.trim() !== '') onCommit();
            }}
            placeholder={recipients.length === 0 ? 'name@contoso.com' : undefined}
            autoComplete="off"
            spellCheck={false}
          />
        </TagPickerControl>
      </TagPicker>
    </Field>
  );
}
