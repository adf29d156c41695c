import type { TagPickerProps } from '@fluentui/react-components';
import { useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import type { LocalizedText } from '../../../i18n';
import { normalizeSearch } from './api/search-text';
import type { RecipientSuggestion } from './recipient.types';
import type { RecipientsFieldProps } from './recipients-field.types';
import { useRecipientSuggestions, type SuggestionsState } from './use-recipient-suggestions';

const COMMIT_KEYS = new Set(['Enter', ',', ';']);
/** Text with one of these is a list, which a paste turns into chips at once. */
const LIST_SEPARATOR = /[,;\n\r\t]/u;

export const suggestionValue = (suggestion: RecipientSuggestion) => `suggestion:${suggestion.source}:${suggestion.id}`;

/** How many suggestions the open list shows, for the live region; nothing while none is shown. */
export function suggestionStatusText(suggestions: SuggestionsState, open: boolean): LocalizedText | undefined {
  if (suggestions.status !== 'ready' || !open) return undefined;
  return { id: 'share.recipients.suggestionCount', values: { count: suggestions.suggestions.length } };
}

export function useRecipientsField(
  { recipients, onChange, disabled }: Pick<RecipientsFieldProps, 'recipients' | 'onChange' | 'disabled'>,
  inputRef: RefObject<HTMLInputElement | null>,
) {
  const suggestions = useRecipientSuggestions(recipients.typed, recipients.chips);
  const [focused, setFocused] = useState(false);
  // Escape hides the list for what is typed now; typing on shows it again.
  const [dismissedFor, setDismissedFor] = useState<string | undefined>();
  const typed = normalizeSearch(recipients.typed);
  const open = !disabled && focused && suggestions.suggestions.length > 0 && dismissedFor !== typed;

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    const value = data.value;
    const chip = recipients.chips.find((candidate) => candidate.key === value);
    if (chip) {
      if (chip.kind === 'unreadable') {
        onChange({ type: 'edit', key: chip.key });
        inputRef.current?.focus();
      } else {
        onChange({ type: 'remove', key: chip.key });
      }
      return;
    }
    const suggestion = suggestions.suggestions.find((candidate) => suggestionValue(candidate) === value);
    if (suggestion) onChange({ type: 'pick', suggestion });
  };

  const onOpenChange: TagPickerProps['onOpenChange'] = (_event, data) => {
    setDismissedFor(data.open ? undefined : typed);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const pickingOption = open && Boolean(event.currentTarget.getAttribute('aria-activedescendant'));
    if (event.key === 'Escape' && open) {
      // Close the list only; the dialog stays open.
      event.stopPropagation();
      setDismissedFor(typed);
    } else if (COMMIT_KEYS.has(event.key) && !(event.key === 'Enter' && pickingOption)) {
      if (recipients.typed.trim() === '') {
        if (event.key !== 'Enter') event.preventDefault();
        return;
      }
      event.preventDefault();
      onChange({ type: 'commit' });
    } else if (event.key === 'Tab' && recipients.typed.trim() !== '' && !pickingOption) {
      // Tab keeps its meaning (move on) but does not leave a typed address behind.
      onChange({ type: 'commit' });
    }
  }

  /** Backspace in the empty input removes the last chip (and keeps focus in the input). */
  function onKeyDownCapture(event: KeyboardEvent<HTMLElement>) {
    const input = event.target;
    if (event.key !== 'Backspace' || !(input instanceof HTMLInputElement) || input.value !== '' || recipients.chips.length === 0) return;
    // Stopping here keeps the picker from moving focus onto a chip that is about to go.
    event.preventDefault();
    event.stopPropagation();
    onChange({ type: 'remove-last' });
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    if (!LIST_SEPARATOR.test(pasted)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? recipients.typed.length;
    const end = input.selectionEnd ?? recipients.typed.length;
    onChange({ type: 'paste', text: `${recipients.typed.slice(0, start)}${pasted}${recipients.typed.slice(end)}` });
  }

  return {
    suggestions,
    open,
    statusText: suggestionStatusText(suggestions, open),
    onOptionSelect,
    onOpenChange,
    onKeyDown,
    onKeyDownCapture,
    onPaste,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      if (recipients.typed.trim() !== '') onChange({ type: 'commit' });
    },
  };
}
