import { useMemo, useRef, useState } from 'react';
import type { LocalizedText } from '../../../i18n';
import { parseRecipientText, type ParsedEntry } from './parse-recipients';
import { emailKey, recipientName, type RecipientChip, type RecipientSuggestion, type ValidRecipient } from './recipient.types';

export interface RecipientsState {
  chips: RecipientChip[];
  /** Chips that can be sent, in the order they were added. */
  valid: ValidRecipient[];
  unreadableCount: number;
  draft: string;
  /** Why the typed text could not become a chip; the text stays in the input. */
  draftError: LocalizedText | undefined;
  /** Set when there are more recipients than one send allows; nothing is removed for the user. */
  capError: LocalizedText | undefined;
  /** The latest thing to tell a screen reader user (sentences read in order), with a counter so repeats are announced. */
  announcement: { sentences: readonly LocalizedText[]; count: number };
  setDraft: (value: string) => void;
  /** Turns the typed text into chips; returns false when some of it could not be read. */
  commitDraft: () => boolean;
  /** Adds every entry of a pasted list; unreadable entries become error chips. */
  addText: (text: string) => void;
  addSuggestion: (suggestion: RecipientSuggestion) => void;
  remove: (key: string) => void;
  removeLast: () => void;
  /** Puts an error chip's text back into the input to be fixed. */
  edit: (key: string) => void;
  announce: (...sentences: LocalizedText[]) => void;
  clear: () => void;
}

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
  const emails = new Set(existing.flatMap((chip) => (chip.kind !== 'unreadable' && chip.email ? [chip.email.toLowerCase()] : [])));
  for (const chip of incoming) {
    if (chip.kind !== 'unreadable') {
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

export function chipFromEntry(entry: ParsedEntry, nextKey: () => string): RecipientChip {
  return entry.ok
    ? { kind: 'email', key: emailKey(entry.email), email: entry.email, displayName: entry.name }
    : { kind: 'unreadable', key: nextKey(), text: entry.raw, reason: entry.reason };
}

export function chipFromSuggestion(suggestion: RecipientSuggestion): RecipientChip {
  if (suggestion.type === 'contact') {
    const email = suggestion.email ?? suggestion.id;
    return { kind: 'email', key: emailKey(email), email, displayName: suggestion.displayName };
  }
  return {
    kind: 'directory',
    key: `id:${suggestion.id}`,
    objectId: suggestion.id,
    type: suggestion.type === 'group' ? 'group' : 'user',
    displayName: suggestion.displayName,
    email: suggestion.email,
    jobTitle: suggestion.jobTitle,
  };
}

/** What a paste or commit did, as sentences for the live region; none when it did nothing. */
export function describeMerge(merge: Merge): LocalizedText[] {
  const added = merge.added.filter((chip) => chip.kind !== 'unreadable');
  const unreadable = merge.added.length - added.length;
  const sentences: LocalizedText[] = [];
  if (added.length === 1 && added[0]) sentences.push({ id: 'share.recipients.addedOne', values: { name: recipientName(added[0]) } });
  else if (added.length > 1) sentences.push({ id: 'share.recipients.addedMany', values: { count: added.length } });
  if (unreadable > 0) sentences.push({ id: 'share.recipients.unreadableAdded', values: { count: unreadable } });
  if (merge.duplicates > 0) sentences.push({ id: 'share.recipients.duplicates', values: { count: merge.duplicates } });
  return sentences;
}

export function capMessage(validCount: number, cap: number): LocalizedText | undefined {
  if (validCount <= cap) return undefined;
  return { id: 'share.recipients.cap', values: { cap, over: validCount - cap } };
}

export function useRecipients({ cap }: { cap: number }): RecipientsState {
  const [chips, setChips] = useState<RecipientChip[]>([]);
  const [draft, setDraftValue] = useState('');
  const [draftError, setDraftError] = useState<LocalizedText | undefined>();
  const [announcement, setAnnouncement] = useState<RecipientsState['announcement']>({ sentences: [], count: 0 });
  const counter = useRef(0);
  const nextKey = () => `unreadable:${(counter.current += 1)}`;

  const valid = useMemo(() => chips.filter((chip): chip is ValidRecipient => chip.kind !== 'unreadable'), [chips]);
  const announce = (...sentences: LocalizedText[]) => setAnnouncement((current) => ({ sentences, count: current.count + 1 }));

  function add(incoming: RecipientChip[]) {
    const merge = mergeChips(chips, incoming);
    if (merge.added.length > 0) setChips(merge.chips);
    const sentences = describeMerge(merge);
    if (sentences.length > 0) announce(...sentences);
    return merge;
  }

  function commitDraft(): boolean {
    const entries = parseRecipientText(draft);
    const readable = entries.filter((entry) => entry.ok);
    const unreadable = entries.filter((entry) => !entry.ok);
    add(readable.map((entry) => chipFromEntry(entry, nextKey)));
    setDraftValue(unreadable.map((entry) => entry.raw).join('; '));
    setDraftError(unreadable[0]?.reason);
    return unreadable.length === 0;
  }

  return {
    chips,
    valid,
    unreadableCount: chips.length - valid.length,
    draft,
    draftError,
    capError: capMessage(valid.length, cap),
    announcement,
    setDraft(value) {
      setDraftValue(value);
      setDraftError(undefined);
    },
    commitDraft,
    addText(text) {
      add(parseRecipientText(text).map((entry) => chipFromEntry(entry, nextKey)));
    },
    addSuggestion(suggestion) {
      const merge = add([chipFromSuggestion(suggestion)]);
      setDraftValue('');
      setDraftError(undefined);
      if (merge.duplicates > 0) announce({ id: 'share.recipients.alreadyAdded', values: { name: suggestion.displayName } });
    },
    remove(key) {
      const chip = chips.find((candidate) => candidate.key === key);
      if (!chip) return;
      setChips(chips.filter((candidate) => candidate !== chip));
      announce({ id: 'share.recipients.removed', values: { name: recipientName(chip) } });
    },
    removeLast() {
      const last = chips[chips.length - 1];
      if (!last) return;
      setChips(chips.slice(0, -1));
      announce({ id: 'share.recipients.removed', values: { name: recipientName(last) } });
    },
    edit(key) {
      const chip = chips.find((candidate) => candidate.key === key);
      if (chip?.kind !== 'unreadable') return;
      setChips(chips.filter((candidate) => candidate !== chip));
      // Anything already typed is kept ahead of the text being fixed.
      setDraftValue(draft.trim() === '' ? chip.text : `${draft}; ${chip.text}`);
      setDraftError(chip.reason);
      announce({ id: 'share.recipients.editing', values: { text: chip.text } });
    },
    announce,
    clear() {
      setChips([]);
      setDraftValue('');
      setDraftError(undefined);
    },
  };
}
