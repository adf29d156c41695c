import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../i18n';
import { inEnglish } from '../../../testing/english-text';
import {
  capMessage,
  describeMerge,
  emptyRecipientList,
  mergeChips,
  recipientListReducer,
  recipientsToSend,
  type RecipientList,
  type RecipientListAction,
} from './recipient-list';
import { emailKey, emailRecipient, recipientFromSuggestion, type RecipientChip } from './recipient.types';

const email = (address: string, displayName?: string): RecipientChip => emailRecipient(address, displayName);
/** Sentences as a screen reader hears them, one after another. */
const spoken = (sentences: readonly LocalizedText[]) => sentences.map(inEnglish).join(' ');
const apply = (...actions: RecipientListAction[]): RecipientList => actions.reduce(recipientListReducer, emptyRecipientList);

describe('mergeChips', () => {
  it('skips recipients already present by address in any case, or by object id', () => {
    const bob = recipientFromSuggestion({
      id: 'u-bob',
      source: 'users',
      type: 'user',
      displayName: 'Bob Kelly',
      email: 'bob@contoso.test',
      jobTitle: undefined,
    });
    const merge = mergeChips([email('ann@x.com'), bob], [email('ANN@x.com'), email('BOB@contoso.test'), bob, email('cy@x.com')]);
    expect(merge.added).toEqual([email('cy@x.com')]);
    expect(merge.duplicates).toBe(3);
    expect(describeMerge(merge)).toEqual([
      { id: 'share.recipients.addedOne', values: { name: 'cy@x.com' } },
      { id: 'share.recipients.duplicates', values: { count: 3 } },
    ]);
    expect(spoken(describeMerge(merge))).toBe('Added cy@x.com. 3 duplicates were already in the list.');
  });

  it('keeps every unreadable entry, even identical ones', () => {
    const bad = (key: string): RecipientChip => ({ kind: 'unreadable', key, text: 'oops', reason: { id: 'share.email.noAt', values: { address: 'oops' } } });
    const merge = mergeChips([], [bad('1'), bad('2'), email('a@x.com'), email('b@x.com')]);
    expect(merge.chips).toHaveLength(4);
    expect(spoken(describeMerge(merge))).toBe('Added 2 recipients. 2 entries could not be read.');
  });
});

describe('recipientFromSuggestion', () => {
  it('sends directory users and groups by object id and contacts by address', () => {
    expect(
      recipientFromSuggestion({ id: 'g1', source: 'groups', type: 'group', displayName: 'Board', email: 'board@contoso.test', jobTitle: undefined }),
    ).toMatchObject({
      kind: 'group',
      label: 'Board',
      email: 'board@contoso.test',
      driveRecipient: { objectId: 'g1' },
    });
    expect(recipientFromSuggestion({ id: 'p9', source: 'people', type: 'contact', displayName: 'Bo', email: 'bo@fabrikam.test', jobTitle: undefined })).toEqual(
      email('bo@fabrikam.test', 'Bo'),
    );
    expect(email('bo@fabrikam.test', 'Bo')).toMatchObject({ kind: 'email', label: 'Bo', driveRecipient: { email: 'bo@fabrikam.test' } });
  });
});

describe('capMessage', () => {
  it('says how many to remove only past the cap', () => {
    expect(capMessage(50, 50)).toBeUndefined();
    expect(capMessage(53, 50)).toEqual({ id: 'share.recipients.cap', values: { cap: 50, over: 3 } });
    expect(inEnglish(capMessage(53, 50))).toBe(
      'You can share with up to 50 recipients at a time. Remove 3 recipients to send, and share with the rest afterwards.',
    );
    expect(inEnglish(capMessage(1001, 1000))).toBe(
      'You can share with up to 1,000 recipients at a time. Remove 1 recipient to send, and share with the rest afterwards.',
    );
  });
});

describe('recipientListReducer', () => {
  it('keeps unreadable typed text in the input with its reason, and commits the rest', () => {
    const list = apply({ type: 'type', text: 'a@x.com; b@nowhere; c@x.com' }, { type: 'commit' });
    expect(list.chips.map((chip) => chip.key)).toEqual([emailKey('a@x.com'), emailKey('c@x.com')]);
    expect(list.typed).toBe('b@nowhere');
    expect(inEnglish(list.typedError)).toMatch(/needs a dot/);
    expect(spoken(list.announcement.sentences)).toBe('Added 2 recipients.');
  });

  it('edits an error chip, removes the last chip, and announces both', () => {
    let list = apply({ type: 'paste', text: 'a@x.com\nbroken\nb@x.com' });
    const broken = list.chips[1]!;
    list = recipientListReducer(list, { type: 'edit', key: broken.key });
    expect(list.typed).toBe('broken');
    expect(inEnglish(list.typedError)).toMatch(/missing an @/);
    expect(spoken(list.announcement.sentences)).toBe('Editing broken.');
    list = recipientListReducer(list, { type: 'remove-last' });
    expect(list.chips.map((chip) => chip.key)).toEqual([emailKey('a@x.com')]);
    expect(spoken(list.announcement.sentences)).toBe('Removed b@x.com.');
  });

  it('keeps everyone past the cap: nobody is dropped', () => {
    const list = apply({ type: 'paste', text: 'a@x.com, b@x.com, c@x.com' });
    expect(recipientsToSend(list).recipients).toHaveLength(3);
    expect(inEnglish(capMessage(recipientsToSend(list).recipients.length, 2))).toMatch(/Remove 1 recipient to send/);
  });

  it('gives identical unreadable entries keys of their own, across pastes', () => {
    const list = apply({ type: 'paste', text: 'oops; oops' }, { type: 'paste', text: 'oops' });
    expect(new Set(list.chips.map((chip) => chip.key)).size).toBe(3);
  });

  it('announces a suggestion picked twice as already added, and empties the input either way', () => {
    const bob = { id: 'u-bob', source: 'users', type: 'user', displayName: 'Bob Kelly', email: 'bob@contoso.test', jobTitle: undefined } as const;
    const once = apply({ type: 'type', text: 'bo' }, { type: 'pick', suggestion: bob });
    expect(spoken(once.announcement.sentences)).toBe('Added Bob Kelly.');
    const twice = apply({ type: 'pick', suggestion: bob }, { type: 'type', text: 'bo' }, { type: 'pick', suggestion: bob });
    expect(twice.chips).toHaveLength(1);
    expect(twice.typed).toBe('');
    expect(spoken(twice.announcement.sentences)).toMatch(/Bob Kelly/);
    expect(twice.announcement.sentences[0]?.id).toBe('share.recipients.alreadyAdded');
  });
});

describe('recipientsToSend', () => {
  it('counts a typed address as if Enter had been pressed, and unreadable typed text as blocking', () => {
    expect(recipientsToSend(apply({ type: 'paste', text: 'a@x.com' }, { type: 'type', text: 'b@x.com' }))).toMatchObject({
      recipients: [{ email: 'a@x.com' }, { email: 'b@x.com' }],
      unreadable: 0,
    });
    expect(recipientsToSend(apply({ type: 'type', text: 'b@nowhere' })).unreadable).toBe(1);
    expect(recipientsToSend(apply({ type: 'paste', text: 'broken; c@x.com' })).unreadable).toBe(1);
  });
});
