import { useAnnounce, type TagPickerProps } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { formatText } from '../../../components/display-text';
import type { LocalizedText } from '../../../i18n';
import { normalizeSearch } from './api/search-text';
import { parseRecipientText } from './parse-recipients';
import type { RecipientChip, RecipientSuggestion } from './recipient.types';
import type { RecipientsFieldProps } from './recipients-field.types';
import { useRecipientSuggestions, type SuggestionsState } from './use-recipient-suggestions';

const COMMIT_KEYS = new Set(['Enter', ',', ';']);
/** Text with one of these is a list, which a paste turns into chips at once. */
const LIST_SEPARATOR = /[,;\n\r\t]/u;
/** Chips shown before a "+N more" summary: a pasted list of a thousand stays quick to show and to type beside. */
export const CHIPS_SHOWN = 50;

export const suggestionValue = (suggestion: RecipientSuggestion) => `suggestion:${suggestion.source}:${suggestion.id}`;

/** What the suggestion list says to a screen reader once a search has answered; nothing before. */
export function suggestionStatusText(suggestions: SuggestionsState, listening: boolean): LocalizedText | undefined {
  if (suggestions.status !== 'ready' || !listening) return undefined;
  if (suggestions.suggestions.length === 0) return { id: 'share.recipients.noSuggestions', values: { query: suggestions.query } };
  return { id: 'share.recipients.suggestionCount', values: { count: suggestions.suggestions.length } };
}

/** The chips to show: the first `shown`, and every unreadable one after them, so an error is never hidden. */
export function visibleChips(chips: readonly RecipientChip[], shown: number): readonly RecipientChip[] {
  if (chips.length <= shown) return chips;
  return chips.filter((chip, index) => index < shown || chip.kind === 'unreadable');
}

const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp']);

export function isCompleteAddress(typed: string): boolean {
  const entries = parseRecipientText(typed);
  return entries.length > 0 && entries.every((entry) => entry.ok);
}

/** Announcements end their own sentences; the announcer adds a period of its own. */
const spoken = (text: string) => text.replace(/[.؟?!]\s*$/u, '');

export function useRecipientsField(
  { recipients, onChange, disabled }: Pick<RecipientsFieldProps, 'recipients' | 'onChange' | 'disabled'>,
  inputRef: RefObject<HTMLInputElement | null>,
) {
  const intl = useIntl();
  const { announce } = useAnnounce();
  const suggestions = useRecipientSuggestions(recipients.typed, recipients.chips);
  const [focused, setFocused] = useState(false);
  const [expanded, setExpanded] = useState(false);
  // Stable: the memoised chips take it as a prop.
  const expand = useCallback(() => setExpanded(true), []);
  // Escape hides the list for what is typed now; typing on shows it again.
  const [dismissedFor, setDismissedFor] = useState<string | undefined>();
  // The text for which the user moved through the suggestions with the arrow keys.
  const [navigatedFor, setNavigatedFor] = useState<string | undefined>();
  const typed = normalizeSearch(recipients.typed);
  const listening = !disabled && focused && dismissedFor !== typed;
  const open = listening && suggestions.suggestions.length > 0;
  const statusText = suggestionStatusText(suggestions, listening);
  const statusSentence = statusText && formatText(intl, statusText);

  // The live region is Fluent's announcer (AriaLiveAnnouncer); these effects only hand it text.
  useEffect(() => {
    if (statusSentence) announce(spoken(statusSentence), { batchId: 'recipient-suggestions' });
  }, [announce, statusSentence]);
  const { announcement } = recipients;
  // Counted from mount: coming back from Manage access does not repeat the last announcement.
  const announced = useRef(announcement.count);
  useEffect(() => {
    if (announcement.count === announced.current) return;
    announced.current = announcement.count;
    announce(announcement.sentences.map((sentence) => spoken(formatText(intl, sentence))).join('. '), { batchId: 'recipient-chips' });
  }, [announce, intl, announcement]);

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
    // With the list open its first suggestion is highlighted (APG combobox, automatic selection):
    // Enter takes the highlighted one; the picker does that itself.
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
    } else if (event.key === 'Tab' && recipients.typed.trim() !== '') {
      // Tab keeps its meaning (move on), takes the typed text as it is, never the highlighted suggestion.
      onChange({ type: 'commit' });
    }
  }

  /**
   * Runs before the picker's own keys. A complete address typed in full is taken as typed on
   * Enter, whether or not suggestions have arrived yet (the same keys give the same chip on a slow
   * network), unless the user has arrowed to a suggestion. Backspace in the empty input removes
   * the last chip and keeps focus in the input.
   */
  function onKeyDownCapture(event: KeyboardEvent<HTMLElement>) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    if (NAVIGATION_KEYS.has(event.key) && open) setNavigatedFor(recipients.typed);
    if (event.key === 'Enter' && open && navigatedFor !== recipients.typed && isCompleteAddress(recipients.typed)) {
      event.preventDefault();
      event.stopPropagation();
      onChange({ type: 'commit' });
      return;
    }
    if (event.key !== 'Backspace' || input.value !== '' || recipients.chips.length === 0) return;
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
    expanded,
    expand,
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
