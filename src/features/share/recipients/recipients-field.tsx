import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  TagPicker,
  useEventCallback,
  TagPickerControl,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  type PositioningProps,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { describeError } from '../../../components/describe-error';
import { formatText } from '../../../components/display-text';
import { useScopeConsent } from '../../../components/scope-problem';
import { RecipientAvatar } from './recipient-avatar';
import { RecipientChips } from './recipient-chips';
import { isRecipient } from './recipient.types';
import { useRecipientsFieldStyles } from './recipients-field.styles';
import type { RecipientsFieldProps } from './recipients-field.types';
import { suggestionValue, useRecipientsField } from './use-recipients-field';

/**
 * Fluent's own placement for the suggestion list (below, 2 px off), given as one constant: the
 * picker writes its default offset as a new object on every render, and a new positioning option
 * makes it dispose of and rebuild the list's position manager (a layout read) on every keystroke.
 */
const LIST_POSITIONING: PositioningProps = { position: 'below', align: 'start', offset: { crossAxis: 0, mainAxis: 2 } };

/** The codes of the errors, for support: "a, b" in the user's list format. */
function errorCodes(intl: IntlShape, errors: readonly unknown[]): string {
  const unknown = intl.formatMessage({ id: 'share.recipients.unknownErrorCode' });
  const codes = [...new Set(errors.map((error) => describeError(error).code ?? unknown))];
  return intl.formatList(codes, { type: 'unit', style: 'short' });
}

export function RecipientsField({ recipients, onChange, capError, verifiedDomains, domainsError, disabled, className }: RecipientsFieldProps) {
  const styles = useRecipientsFieldStyles(className);
  const intl = useIntl();
  const inputRef = useRef<HTMLInputElement>(null);
  const field = useRecipientsField({ recipients, onChange, disabled }, inputRef);
  // The dialog opens on the item's loading state, whose only control is Close; when the form
  // replaces it (or the outcome's "Share with others"), the focused button is gone and focus would
  // fall to the page or be moved by Fluent to the footer's Send. The recipients are what a person
  // came to type, so the field takes focus then, unless focus is already somewhere in the form.
  useEffect(() => {
    const input = inputRef.current;
    const active = document.activeElement;
    if (!input || (active && input.form?.contains(active))) return;
    if (active === null || active === document.body || input.closest('[role="dialog"]')?.contains(active)) input.focus();
  }, []);
  const { chips } = recipients;
  const selected = useMemo(() => chips.map((chip) => chip.key), [chips]);
  // Stable, so the memoised chips do not re-render on every keystroke.
  const removeChip = useEventCallback((key: string) => {
    // A chip removed from the keyboard (Delete, Backspace) holds focus; once it is gone, Fluent's
    // focus restorer would send focus out of the dialog to the button that opened it. The input
    // takes it first, so typing carries on where the person is.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== inputRef.current && active.closest('[role="option"]')) inputRef.current?.focus();
    onChange({ type: 'remove', key });
  });
  const unreadable = useMemo(() => chips.filter((chip) => !isRecipient(chip)).length, [chips]);
  const errorText =
    recipients.typedError ?? capError ?? (unreadable > 0 ? { id: 'share.recipients.unreadableCount' as const, values: { count: unreadable } } : undefined);
  const error = errorText && formatText(intl, errorText);
  const consent = useScopeConsent(field.suggestions.refetchFailed);
  const warnings = [
    field.suggestions.errors.length > 0
      ? intl.formatMessage({ id: 'share.recipients.suggestionsFailed' }, { codes: errorCodes(intl, field.suggestions.errors) })
      : undefined,
    domainsError ? intl.formatMessage({ id: 'share.recipients.domainsFailed' }, { codes: errorCodes(intl, [domainsError]) }) : undefined,
  ].filter(Boolean);
  // The same elements while the suggestions are the same (they change only when a search answers), so
  // a keystroke with the list open does not rebuild every option, its avatar and its details.
  const suggestions = field.suggestions.suggestions;
  const options = useMemo(
    () =>
      suggestions.map((suggestion) => (
        <TagPickerOption
          key={suggestionValue(suggestion)}
          value={suggestionValue(suggestion)}
          text={suggestion.displayName}
          className={styles.option}
          media={
            <RecipientAvatar
              name={suggestion.displayName}
              userId={suggestion.type === 'user' ? suggestion.id : undefined}
              group={suggestion.type === 'group'}
              size={28}
            />
          }
          secondaryContent={[
            suggestion.type === 'group' ? intl.formatMessage({ id: 'share.recipients.group' }) : undefined,
            suggestion.email,
            suggestion.jobTitle,
          ]
            .filter(Boolean)
            .join(' · ')}
        >
          {suggestion.displayName}
        </TagPickerOption>
      )),
    [suggestions, intl, styles.option],
  );
  const label = intl.formatMessage({ id: 'share.recipients.label' });
  const hint = intl.formatMessage({ id: 'share.recipients.hint' });

  return (
    <>
      {/* Above the field: the suggestions open below it, and a message there moves as the field's own message changes. */}
      {field.suggestions.scopeNotices.map(({ source, problem, error: scopeError }) => (
        <MessageBar key={source} intent={problem.kind === 'refused' ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            {intl.formatMessage({ id: `share.recipients.${source}${problem.kind === 'refused' ? 'Off' : 'Ask'}` }, { scopes: problem.scopes })}
            {/* The sign-in window did not open or failed: why, next to the Allow that tries again. */}
            {problem.kind === 'consent' && consent.state.kind === 'failed' ? ` ${formatText(intl, describeError(consent.state.error).sentence)}` : null}
            {problem.kind === 'consent' && consent.allow ? (
              <>
                {' '}
                <Link as="button" inline disabled={consent.state.kind === 'asking' || disabled} onClick={() => consent.allow?.(scopeError)}>
                  {intl.formatMessage({ id: 'common.consent.allow' })}
                </Link>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ))}
      <Field
        label={label}
        required
        validationState={error ? 'error' : warnings.length > 0 ? 'warning' : 'none'}
        validationMessage={error ?? (warnings.length > 0 ? warnings.join(' ') : <span className={styles.hint}>{hint}</span>)}
        validationMessageIcon={error || warnings.length > 0 ? undefined : null}
      >
        <TagPicker
          open={field.open}
          positioning={LIST_POSITIONING}
          onOpenChange={field.onOpenChange}
          disabled={disabled}
          selectedOptions={selected}
          onOptionSelect={field.onOptionSelect}
        >
          <TagPickerControl className={styles.control} onKeyDownCapture={field.onKeyDownCapture}>
            <RecipientChips chips={chips} expanded={field.expanded} onExpand={field.expand} verifiedDomains={verifiedDomains} onRemove={removeChip} />
            <TagPickerInput
              ref={inputRef}
              aria-label={label}
              value={recipients.typed}
              onChange={(event) => onChange({ type: 'type', text: event.target.value })}
              onKeyDown={field.onKeyDown}
              onPaste={field.onPaste}
              onFocus={field.onFocus}
              onBlur={field.onBlur}
              placeholder={chips.length === 0 ? intl.formatMessage({ id: 'share.recipients.placeholder' }) : undefined}
              autoComplete="off"
              spellCheck={false}
            />
          </TagPickerControl>
          <TagPickerList aria-label={intl.formatMessage({ id: 'share.recipients.suggested' })}>{options}</TagPickerList>
        </TagPicker>
      </Field>
    </>
  );
}
