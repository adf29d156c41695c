import type { LocalizedText } from '../../../i18n';
import { parseRecipientText, type ParsedEntry } from './parse-recipients';
import {
  chipLabel,
  emailRecipient,
  isRecipient,
  objectIdOf,
  recipientFromSuggestion,
  type Recipient,
  type RecipientChip,
  type RecipientSuggestion,
} from './recipient.types';

/** What the recipient field holds: the chips, the text not yet a chip, and what to announce. */
export interface RecipientList {
  chips: RecipientChip[];
  /** The text in the input. */
  typed: string;
  /** Why the typed text could not become a chip; the text stays in the input. */
  typedError: LocalizedText | undefined;
  /** The latest thing to tell a screen reader user (sentences read in order); `count` makes repeats heard. */
  announcement: { sentences: readonly LocalizedText[]; count: number };
  /** Numbers unreadable entries, whose text may repeat. */
  unreadableSeen: number;
}

export type RecipientListAction =
  | { type: 'type'; text: string }
  /** Enter, comma, Tab, blur or Send: readable entries become chips, unreadable text stays typed. */
  | { type: 'commit' }
  /** A pasted list (with what was typed around it): every entry becomes a chip, unreadable ones error chips. */
  | { type: 'paste'; text: string }
  | { type: 'pick'; suggestion: RecipientSuggestion }
  | { type: 'remove'; key: string }
  | { type: 'remove-last' }
  /** Puts an error chip's text back into the input to be fixed. */
  | { type: 'edit'; key: string }
  | { type: 'clear' };

export const emptyRecipientList: RecipientList = { chips: [], typed: '', typedError: undefined, announcement: { sentences: [], count: 0 }, unreadableSeen: 0 };

interface Merge {
  chips: RecipientChip[];
  added: RecipientChip[];
  duplicates: number;
}

/** Appends chips, skipping any recipient already present (by key or case-insensitive address). */
export function mergeChips(existing: readonly RecipientChip[], incoming: readonly RecipientChip[]): Merge {
  const chips = [...existing];
  const added: RecipientChip[] = [];
  let duplicates = 0;
  // Sets, not a scan per chip: a 1,000-entry paste into a long list stays linear.
  const keys = new Set(existing.map((chip) => chip.key));
  const emails = new Set(existing.flatMap((chip) => (isRecipient(chip) && chip.email ? [chip.email.toLowerCase()] : [])));
  for (const chip of incoming) {
    if (isRecipient(chip)) {
      const email = chip.email?.toLowerCase();
      if (keys.has(chip.key) || (email !== undefined && emails.has(email))) {
        duplicates += 1;
        continue;
      }
      if (email !== undefined) emails.add(email);
    }
    keys.add(chip.key);
    chips.push(chip);
    added.push(chip);
  }
  return { chips, added, duplicates };
}

/** What a paste or commit did, as sentences for the live region; none when it did nothing. */
export function describeMerge(merge: Merge): LocalizedText[] {
  const added = merge.added.filter(isRecipient);
  const unreadable = merge.added.length - added.length;
  const sentences: LocalizedText[] = [];
  if (added.length === 1 && added[0]) sentences.push({ id: 'share.recipients.addedOne', values: { name: added[0].label } });
  else if (added.length > 1) sentences.push({ id: 'share.recipients.addedMany', values: { count: added.length } });
  if (unreadable > 0) sentences.push({ id: 'share.recipients.unreadableAdded', values: { count: unreadable } });
  if (merge.duplicates > 0) sentences.push({ id: 'share.recipients.duplicates', values: { count: merge.duplicates } });
  return sentences;
}

export function capMessage(validCount: number, cap: number): LocalizedText | undefined {
  if (validCount <= cap) return undefined;
  return { id: 'share.recipients.cap', values: { cap, over: validCount - cap } };
}

function announce(list: RecipientList, sentences: readonly LocalizedText[]): RecipientList {
  return sentences.length === 0 ? list : { ...list, announcement: { sentences, count: list.announcement.count + 1 } };
}

/** Adds chips for readable entries; unreadable ones become error chips or are handed back, as the caller says. */
function addEntries(list: RecipientList, entries: readonly ParsedEntry[], unreadable: 'as-chips' | 'keep-typed'): RecipientList {
  let seen = list.unreadableSeen;
  const incoming: RecipientChip[] = [];
  const kept: Extract<ParsedEntry, { ok: false }>[] = [];
  for (const entry of entries) {
    if (entry.ok) incoming.push(emailRecipient(entry.email, entry.name));
    else if (unreadable === 'keep-typed') kept.push(entry);
    else incoming.push({ kind: 'unreadable', key: `unreadable:${(seen += 1)}`, text: entry.raw, reason: entry.reason });
  }
  // Nothing to add (text that could not be read, kept typed): the chips stay the same array, unscanned.
  const merge = incoming.length > 0 ? mergeChips(list.chips, incoming) : { chips: list.chips, added: [], duplicates: 0 };
  const next: RecipientList = {
    ...list,
    chips: merge.added.length > 0 ? merge.chips : list.chips,
    typed: kept.map((entry) => entry.raw).join('; '),
    typedError: kept[0]?.reason,
    unreadableSeen: seen,
  };
  return announce(next, describeMerge(merge));
}

export function recipientListReducer(list: RecipientList, action: RecipientListAction): RecipientList {
  switch (action.type) {
    case 'type':
      return { ...list, typed: action.text, typedError: undefined };
    case 'commit':
      return list.typed.trim() === '' ? list : addEntries(list, parseRecipientText(list.typed), 'keep-typed');
    case 'paste':
      return addEntries(list, parseRecipientText(action.text), 'as-chips');
    case 'pick': {
      const merge = mergeChips(list.chips, [recipientFromSuggestion(action.suggestion)]);
      const next = { ...list, chips: merge.chips, typed: '', typedError: undefined };
      return announce(
        next,
        merge.duplicates > 0 ? [{ id: 'share.recipients.alreadyAdded', values: { name: action.suggestion.displayName } }] : describeMerge(merge),
      );
    }
    case 'remove':
    case 'remove-last': {
      const chip = action.type === 'remove' ? list.chips.find((candidate) => candidate.key === action.key) : list.chips.at(-1);
      if (!chip) return list;
      const next = { ...list, chips: list.chips.filter((candidate) => candidate !== chip) };
      return announce(next, [{ id: 'share.recipients.removed', values: { name: chipLabel(chip) } }]);
    }
    case 'edit': {
      const chip = list.chips.find((candidate) => candidate.key === action.key);
      if (chip?.kind !== 'unreadable') return list;
      const next: RecipientList = {
        ...list,
        chips: list.chips.filter((candidate) => candidate !== chip),
        // Anything already typed is kept ahead of the text being fixed.
        typed: list.typed.trim() === '' ? chip.text : `${list.typed}; ${chip.text}`,
        typedError: chip.reason,
      };
      return announce(next, [{ id: 'share.recipients.editing', values: { text: chip.text } }]);
    }
    case 'clear':
      return { ...emptyRecipientList, announcement: list.announcement, unreadableSeen: list.unreadableSeen };
  }
}

/** Who Send would invite: the chips plus what is typed, as if Enter had been pressed; `clean` when nothing blocks it. */
export interface RecipientsToSend {
  recipients: Recipient[];
  /** Unreadable chips, plus unreadable typed text. */
  unreadable: number;
}

export function recipientsToSend(list: RecipientList): RecipientsToSend {
  if (list.typed.trim() === '') {
    const recipients = list.chips.filter(isRecipient);
    return { recipients, unreadable: list.chips.length - recipients.length };
  }
  const committed = recipientListReducer(list, { type: 'commit' });
  const recipients = committed.chips.filter(isRecipient);
  return { recipients, unreadable: committed.chips.length - recipients.length + (committed.typed.trim() === '' ? 0 : 1) };
}

/** Object ids and addresses already chosen, so suggestions leave them out. */
export function chosenKeys(chips: readonly RecipientChip[]): { ids: Set<string>; emails: Set<string> } {
  const ids = new Set<string>();
  const emails = new Set<string>();
  for (const chip of chips) {
    if (!isRecipient(chip)) continue;
    const id = objectIdOf(chip);
    if (id) ids.add(id);
    if (chip.email) emails.add(chip.email.toLowerCase());
  }
  return { ids, emails };
}
