import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';
import { recipientListReducer } from './recipients/recipient-list';
import { recipientFromSuggestion } from './recipients/recipient.types';
import { initialDraft, type ShareDraft } from './share-draft';

const item = { driveId: 'b!d', itemId: '01A', name: 'Q3.xlsx', isFolder: false };
const other = { ...item, itemId: '01B' };

function draft(): ShareDraft {
  let recipients = recipientListReducer(initialDraft().recipients, { type: 'paste', text: 'alex@contoso.test; broken' });
  recipients = recipientListReducer(recipients, {
    type: 'pick',
    suggestion: { id: 'g-1', source: 'groups', type: 'group', displayName: 'Board', email: 'board@contoso.test', jobTitle: undefined },
  });
  recipients = recipientListReducer(recipients, { type: 'type', text: 'meg' });
  return { ...initialDraft(), recipients, role: 'write', sendInvitation: false, message: 'Numbers', expires: new Date(2026, 11, 24), password: 's3cret' };
}

describe('draft storage', () => {
  it('brings back recipients of every kind, the typed text and the options, per item', () => {
    saveDraft(sessionStorage, item, draft());
    const restored = loadDraft(sessionStorage, item)!;
    expect(restored.recipients.chips).toEqual(draft().recipients.chips);
    expect(restored.recipients.chips.map((chip) => chip.kind)).toEqual(['email', 'unreadable', 'group']);
    expect(restored.recipients.typed).toBe('meg');
    expect(restored).toMatchObject({ role: 'write', sendInvitation: false, message: 'Numbers', expires: new Date(2026, 11, 24) });
    expect(loadDraft(sessionStorage, other)).toBeUndefined();
  });

  it('never keeps the sharing password, and nothing that looks like a token', () => {
    saveDraft(sessionStorage, item, draft());
    const raw = sessionStorage.getItem(draftKey(item))!;
    expect(raw).not.toContain('s3cret');
    expect(raw).not.toMatch(/token|eyJ/iu);
    expect(loadDraft(sessionStorage, item)?.password).toBe('');
  });

  it('numbers new unreadable entries after the restored ones', () => {
    saveDraft(sessionStorage, item, draft());
    const restored = loadDraft(sessionStorage, item)!;
    const next = recipientListReducer(restored.recipients, { type: 'paste', text: 'oops' });
    expect(new Set(next.chips.map((chip) => chip.key)).size).toBe(next.chips.length);
  });

  it('drops a stored draft that is not one it wrote, rather than trusting it', () => {
    for (const raw of ['{not json', JSON.stringify({ version: 1 }), JSON.stringify({ ...JSON.parse(JSON.stringify({})), version: 2 })]) {
      sessionStorage.setItem(draftKey(item), raw);
      expect(loadDraft(sessionStorage, item)).toBeUndefined();
      expect(sessionStorage.getItem(draftKey(item))).toBeNull();
    }
    saveDraft(sessionStorage, item, draft());
    const tampered = JSON.parse(sessionStorage.getItem(draftKey(item))!) as { chips: { reason?: { id: string } }[] };
    tampered.chips[1]!.reason = { id: 'no.such.message' };
    sessionStorage.setItem(draftKey(item), JSON.stringify(tampered));
    expect(loadDraft(sessionStorage, item)).toBeUndefined();
  });

  it('forgets a draft when told', () => {
    saveDraft(sessionStorage, item, draft());
    clearDraft(sessionStorage, item);
    expect(loadDraft(sessionStorage, item)).toBeUndefined();
  });

  it('keeps a directory pick sent by object id', () => {
    const board = recipientFromSuggestion({ id: 'g-1', source: 'groups', type: 'group', displayName: 'Board', email: undefined, jobTitle: undefined });
    saveDraft(sessionStorage, item, { ...initialDraft(), recipients: { ...initialDraft().recipients, chips: [board] } });
    expect(loadDraft(sessionStorage, item)?.recipients.chips[0]).toMatchObject({ kind: 'group', driveRecipient: { objectId: 'g-1' } });
  });
});
