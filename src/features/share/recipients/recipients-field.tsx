import { Field, TagPicker, useEventCallback, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import { describeError } from '../../../components/describe-error';
import { isExternal } from './external';
import { RecipientAvatar } from './recipient-avatar';
import { RecipientChip } from './recipient-chip';
import { useRecipientsFieldStyles } from './recipients-field.styles';
import type { RecipientsFieldProps } from './recipients-field.types';
import { suggestionValue, useRecipientsField } from './use-recipients-field';

function errorCodes(errors: readonly unknown[]): string {
  const codes = [...new Set(errors.map((error) => describeError(error).code ?? 'unknown error'))];
  return `error code ${codes.join(', ')}`;
}

const HINT = 'Type names or email addresses, or paste a list; press Enter, comma or semicolon after each.';

export function RecipientsField({ recipients, verifiedDomains, domainsError, disabled, className }: RecipientsFieldProps) {
  const styles = useRecipientsFieldStyles(className);
  const inputRef = useRef<HTMLInputElement>(null);
  const field = useRecipientsField({ recipients, disabled }, inputRef);
  const { chips } = recipients;
  const selected = useMemo(() => chips.map((chip) => chip.key), [chips]);
  // Stable, so the memoised chips do not re-render on every keystroke.
  const removeChip = useEventCallback((key: string) => recipients.remove(key));
  const unreadable = recipients.unreadableCount;
  const error =
    recipients.draftError ??
    recipients.capError ??
    (unreadable > 0 ? `${unreadable === 1 ? '1 entry' : `${unreadable} entries`} could not be read. Select one to fix it, or remove it.` : undefined);
  const warnings = [
    field.suggestions.errors.length > 0
      ? `Some suggestions could not be loaded (${errorCodes(field.suggestions.errors)}); you can still type full addresses.`
      : undefined,
    domainsError ? `Couldn't check which addresses are outside your organization (${errorCodes([domainsError])}).` : undefined,
  ].filter(Boolean);

  return (
    <Field
      label="Recipients"
      required
      validationState={error ? 'error' : warnings.length > 0 ? 'warning' : 'none'}
      validationMessage={error ?? (warnings.length > 0 ? warnings.join(' ') : <span className={styles.hint}>{HINT}</span>)}
      validationMessageIcon={error || warnings.length > 0 ? undefined : null}
    >
      <TagPicker
        open={field.open}
        onOpenChange={field.onOpenChange}
        disabled={disabled}
        disableAutoFocus
        selectedOptions={selected}
        onOptionSelect={field.onOptionSelect}
      >
        <TagPickerControl className={styles.control} onKeyDownCapture={field.onKeyDownCapture}>
          <TagPickerGroup aria-label="Selected recipients">
            {chips.map((chip) => (
              <RecipientChip
                key={chip.key}
                chip={chip}
                external={isExternal(chip, verifiedDomains)}
                unreadableClassName={styles.unreadable}
                textClassName={styles.chipText}
                onRemove={removeChip}
              />
            ))}
          </TagPickerGroup>
          <TagPickerInput
            ref={inputRef}
            aria-label="Recipients"
            value={recipients.draft}
            onChange={(event) => recipients.setDraft(event.target.value)}
            onKeyDown={field.onKeyDown}
            onPaste={field.onPaste}
            onFocus={field.onFocus}
            onBlur={field.onBlur}
            placeholder={chips.length === 0 ? 'Name or name@contoso.com' : undefined}
            autoComplete="off"
            spellCheck={false}
          />
        </TagPickerControl>
        <TagPickerList aria-label="Suggested recipients">
          {field.suggestions.suggestions.map((suggestion) => (
            <TagPickerOption
              key={suggestionValue(suggestion)}
              value={suggestionValue(suggestion)}
              text={suggestion.displayName}
              className={styles.option}
              media={<RecipientAvatar name={suggestion.displayName} userId={suggestion.type === 'user' ? suggestion.id : undefined} group={suggestion.type === 'group'} size={28} />}
              secondaryContent={[suggestion.type === 'group' ? 'Group' : undefined, suggestion.email, suggestion.jobTitle].filter(Boolean).join(' · ')}
            >
              {suggestion.displayName}
            </TagPickerOption>
          ))}
        </TagPickerList>
      </TagPicker>
      <div role="status" className={styles.visuallyHidden}>
        <span>{field.statusText}</span>{' '}
        <span key={recipients.announcement.count}>{recipients.announcement.text}</span>
      </div>
    </Field>
  );
}
