import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../testing/english-text';
import { suggestionStatusText } from './use-recipients-field';
import type { SuggestionsState } from './use-recipient-suggestions';

const suggestion = { id: 'u1', source: 'users', type: 'user', displayName: 'Bob', email: 'bob@contoso.test', jobTitle: undefined } as const;
const ready = (count: number): SuggestionsState => ({ query: 'bo', status: 'ready', errors: [], suggestions: Array.from({ length: count }, () => suggestion) });

describe('suggestionStatusText', () => {
  it('counts the suggestions of an open list, as a message for the user\'s language', () => {
    expect(suggestionStatusText(ready(4), true)).toEqual({ id: 'share.recipients.suggestionCount', values: { count: 4 } });
    expect(inEnglish(suggestionStatusText(ready(1), true))).toBe('1 suggestion');
    expect(inEnglish(suggestionStatusText(ready(0), true))).toBe('No suggestions for “bo”');
  });

  it('says nothing while the list is closed or still searching', () => {
    expect(suggestionStatusText(ready(3), false)).toBeUndefined();
    expect(suggestionStatusText({ ...ready(3), status: 'searching' }, true)).toBeUndefined();
  });
});
