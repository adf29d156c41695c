import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../testing/english-text';
import { emailRecipient, type RecipientChip } from './recipient.types';
import { isCompleteAddress, suggestionStatusText, visibleChips } from './use-recipients-field';
import type { SuggestionsState } from './use-recipient-suggestions';

const suggestion = { id: 'u1', source: 'users', type: 'user', displayName: 'Bob', email: 'bob@contoso.test', jobTitle: undefined } as const;
const ready = (count: number): SuggestionsState => ({
  query: 'bo',
  status: 'ready',
  errors: [],
  scopeNotices: [],
  refetchFailed: () => undefined,
  suggestions: Array.from({ length: count }, () => suggestion),
});

describe('suggestionStatusText', () => {
  it("counts the suggestions of an open list, as a message for the user's language", () => {
    expect(suggestionStatusText(ready(4), true)).toEqual({ id: 'share.recipients.suggestionCount', values: { count: 4 } });
    expect(inEnglish(suggestionStatusText(ready(1), true))).toBe('1 suggestion');
    expect(inEnglish(suggestionStatusText(ready(0), true))).toBe('No suggestions for “bo”');
  });

  it('says nothing while the list is closed or still searching', () => {
    expect(suggestionStatusText(ready(3), false)).toBeUndefined();
    expect(suggestionStatusText({ ...ready(3), status: 'searching' }, true)).toBeUndefined();
  });
});

describe('isCompleteAddress', () => {
  it('is true only for text that reads as addresses throughout', () => {
    expect(isCompleteAddress('lee@contoso.test')).toBe(true);
    expect(isCompleteAddress('Lee Gu <lee@contoso.test>')).toBe(true);
    expect(isCompleteAddress('meg')).toBe(false);
    expect(isCompleteAddress('lee@contoso')).toBe(false);
    expect(isCompleteAddress('  ')).toBe(false);
  });
});

describe('visibleChips', () => {
  const chip = (index: number): RecipientChip => emailRecipient(`p${index}@x.com`);
  const bad: RecipientChip = { kind: 'unreadable', key: 'bad', text: 'oops', reason: { id: 'share.email.noAt', values: { address: 'oops' } } };

  it('shows everyone up to the limit, then the first ones and every unreadable entry', () => {
    const few = [chip(1), chip(2)];
    expect(visibleChips(few, 5)).toBe(few);
    const many = [...Array.from({ length: 10 }, (_, index) => chip(index)), bad, chip(10)];
    expect(visibleChips(many, 3).map((shown) => shown.key)).toEqual([chip(0).key, chip(1).key, chip(2).key, 'bad']);
  });
});
