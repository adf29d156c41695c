import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../i18n';
import { inEnglish } from '../english-text';
import { emailKey, type RecipientChip } from './recipient.types';
import { capMessage, chipFromSuggestion, describeMerge, mergeChips, useRecipients } from './use-recipients';

const email = (address: string, displayName?: string): RecipientChip => ({ kind: 'email', key: emailKey(address), email: address, displayName });
/** Sentences as a screen reader hears them, one after another. */
const spoken = (sentences: readonly LocalizedText[]) => sentences.map(inEnglish).join(' ');

describe('mergeChips', () => {
  it('skips recipients already present by address in any case, or by object id', () => {
    const bob = chipFromSuggestion({ id: 'u-bob', source: 'users', type: 'user', displayName: 'Bob Kelly', email: 'bob@contoso.test', jobTitle: undefined });
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

describe('chipFromSuggestion', () => {
  it('sends directory users and groups by object id and contacts by address', () => {
    expect(chipFromSuggestion({ id: 'g1', source: 'groups', type: 'group', displayName: 'Board', email: 'board@contoso.test', jobTitle: undefined })).toMatchObject({
      kind: 'directory',
      objectId: 'g1',
      type: 'group',
    });
    expect(chipFromSuggestion({ id: 'p9', source: 'people', type: 'contact', displayName: 'Bo', email: 'bo@fabrikam.test', jobTitle: undefined })).toEqual(
      email('bo@fabrikam.test', 'Bo'),
    );
  });
});

describe('capMessage', () => {
  it('says how many to remove only past the cap', () => {
    expect(capMessage(50, 50)).toBeUndefined();
    expect(capMessage(53, 50)).toEqual({ id: 'share.recipients.cap', values: { cap: 50, over: 3 } });
    expect(inEnglish(capMessage(53, 50))).toBe('You can share with up to 50 recipients at a time. Remove 3 recipients to send, and share with the rest afterwards.');
    expect(inEnglish(capMessage(1001, 1000))).toBe('You can share with up to 1,000 recipients at a time. Remove 1 recipient to send, and share with the rest afterwards.');
  });
});

describe('useRecipients', () => {
  it('keeps unreadable typed text in the input with its reason, and commits the rest', () => {
    const { result } = renderHook(() => useRecipients({ cap: 50 }));
    act(() => result.current.setDraft('a@x.com; b@nowhere; c@x.com'));
    act(() => {
      expect(result.current.commitDraft()).toBe(false);
    });
    expect(result.current.chips.map((chip) => chip.key)).toEqual([emailKey('a@x.com'), emailKey('c@x.com')]);
    expect(result.current.draft).toBe('b@nowhere');
    expect(inEnglish(result.current.draftError)).toMatch(/needs a dot/);
    expect(spoken(result.current.announcement.sentences)).toBe('Added 2 recipients.');
  });

  it('edits an error chip, removes the last chip, and announces both', () => {
    const { result } = renderHook(() => useRecipients({ cap: 50 }));
    act(() => result.current.addText('a@x.com\nbroken\nb@x.com'));
    const broken = result.current.chips[1]!;
    act(() => result.current.edit(broken.key));
    expect(result.current.draft).toBe('broken');
    expect(inEnglish(result.current.draftError)).toMatch(/missing an @/);
    expect(spoken(result.current.announcement.sentences)).toBe('Editing broken.');
    act(() => result.current.removeLast());
    expect(result.current.chips.map((chip) => chip.key)).toEqual([emailKey('a@x.com')]);
    expect(spoken(result.current.announcement.sentences)).toBe('Removed b@x.com.');
  });

  it('reports the cap without dropping anyone', () => {
    const { result } = renderHook(() => useRecipients({ cap: 2 }));
    act(() => result.current.addText('a@x.com, b@x.com, c@x.com'));
    expect(result.current.valid).toHaveLength(3);
    expect(inEnglish(result.current.capError)).toMatch(/Remove 1 recipient to send/);
  });
});
