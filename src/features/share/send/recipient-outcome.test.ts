import { describe, expect, it } from 'vitest';
import { collectionSchema, permissionSchema } from '../../../lib/graph';
import { INVITE_200_EXAMPLE, INVITE_207_EXAMPLE } from '../../../testing/graph-doc-examples';
import { inEnglish } from '../../../testing/english-text';
import { emailRecipient, recipientFromSuggestion } from '../recipients/recipient.types';
import { mergeOutcomes, needsRetry, readLanded, readOutcomes, safeHttpUrl, summarizeOutcomes } from './recipient-outcome';

const parse = (body: unknown) => collectionSchema(permissionSchema).parse(body).value;
const helga = emailRecipient('helga@contoso.com');
const robin = emailRecipient('robin@contoso.com');

describe('readOutcomes', () => {
  it('reads the docs 207 example: Robin granted, Helga granted but not notified, in the order sent', () => {
    const outcomes = readOutcomes([robin, helga], parse(INVITE_207_EXAMPLE));
    expect(outcomes.map((outcome) => [outcome.recipient.email, outcome.kind])).toEqual([
      ['robin@contoso.com', 'granted'],
      ['helga@contoso.com', 'not-notified'],
    ]);
    expect(outcomes[1]).toMatchObject({
      permission: { id: '1EFG7CA3-7A19-4D57-8CEF-149DB9DDFA62' },
      problem: {
        code: 'notAllowed',
        innerCode: 'accountVerificationRequired',
        graphMessage: 'Kontobestätigung erforderlich, um das Senden von E-Mails zu entsperren.',
        sentence: { id: 'share.notification.accountVerificationRequired' },
        fixItUrl: 'http://g.live.com/8SESkydrive/VerifyAccount',
      },
    });
  });

  it('reads the docs 200 example by the invitation email, case-insensitively', () => {
    const outcomes = readOutcomes([emailRecipient('Robin@Contoso.com', 'Robin')], parse(INVITE_200_EXAMPLE));
    expect(outcomes).toMatchObject([{ kind: 'granted', permission: { id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62' } }]);
  });

  it('matches an objectId recipient by the user id Graph returns', () => {
    const outcomes = readOutcomes(
      [
        recipientFromSuggestion({
          id: '42f177f1-22c0-4be3-900d-4507125c5c20',
          source: 'users',
          type: 'user',
          displayName: 'Robin',
          email: undefined,
          jobTitle: undefined,
        }),
      ],
      parse(INVITE_200_EXAMPLE),
    );
    expect(outcomes[0]?.kind).toBe('granted');
  });

  it('marks a recipient with no permission in the answer as failed', () => {
    const outcomes = readOutcomes([robin, emailRecipient('x@fabrikam.test'), helga], parse(INVITE_207_EXAMPLE));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['granted', 'failed', 'not-notified']);
  });

  it('pairs unnamed permissions by position only when there is exactly one per recipient', () => {
    const anonymous = parse({ value: [{ id: 'p1', roles: ['read'] }] });
    expect(readOutcomes([robin], anonymous)[0]?.kind).toBe('granted');
    expect(readOutcomes([robin, helga], anonymous).map((outcome) => outcome.kind)).toEqual(['failed', 'failed']);
  });

  it('uses a sentence for the code when Graph gives no localizedMessage, and drops unsafe fix-it links', () => {
    const [outcome] = readOutcomes(
      [helga],
      parse({
        value: [
          {
            id: 'p',
            roles: ['read'],
            invitation: { email: 'helga@contoso.com' },
            error: { code: 'notAllowed', fixItUrl: 'javascript:alert(1)', innererror: { code: 'exchangeOutOfMailboxQuota' } },
          },
        ],
      }),
    );
    expect(outcome?.kind).toBe('not-notified');
    expect(outcome?.kind === 'not-notified' && outcome.problem.graphMessage).toBeUndefined();
    expect(outcome?.kind === 'not-notified' && inEnglish(outcome.problem.sentence)).toMatch(/mailbox is full/);
    expect(outcome?.kind === 'not-notified' && outcome.problem.fixItUrl).toBeUndefined();
  });
});

describe('summaries, retry and merging', () => {
  it('summarizes like “Shared with 4 people; 1 was not notified”', () => {
    const outcomes = readOutcomes([robin, helga], parse(INVITE_207_EXAMPLE));
    const summary = (list: Parameters<typeof summarizeOutcomes>[1]) => {
      const { intent, text } = summarizeOutcomes('Q3.xlsx', list);
      return { intent, sentence: inEnglish(text) };
    };
    expect(summarizeOutcomes('Q3.xlsx', outcomes)).toEqual({
      intent: 'warning',
      text: { id: 'share.outcome.shared', values: { name: 'Q3.xlsx', count: 2, notNotified: 1, failed: 0 } },
    });
    expect(summary(outcomes)).toEqual({ intent: 'warning', sentence: 'Shared “Q3.xlsx” with 2 people; 1 was not notified.' });
    expect(summary(outcomes.slice(0, 1))).toEqual({ intent: 'success', sentence: 'Shared “Q3.xlsx” with 1 person.' });
    expect(summary([{ recipient: robin, kind: 'failed', from: 'answer' }])).toEqual({ intent: 'error', sentence: '“Q3.xlsx” was not shared with 1 person.' });
    const failedToo = readOutcomes([robin, helga, emailRecipient('x@y.test')], parse(INVITE_207_EXAMPLE));
    expect(summary(failedToo).sentence).toBe('Shared “Q3.xlsx” with 2 people; 1 was not notified; 1 could not be added.');
    const twoNotNotified = [...outcomes, ...outcomes.slice(1)];
    expect(summary(twoNotNotified).sentence).toBe('Shared “Q3.xlsx” with 3 people; 2 were not notified.');
  });

  it('retries only who failed or was not notified, and merges the new outcome in place', () => {
    const first = readOutcomes([robin, helga], parse(INVITE_207_EXAMPLE));
    const again = needsRetry(first);
    expect(again).toEqual([helga]);
    const retried = readOutcomes(
      again,
      parse({ value: [{ id: '1EFG7CA3-7A19-4D57-8CEF-149DB9DDFA62', roles: ['write'], invitation: { email: 'helga@contoso.com' } }] }),
    );
    const merged = mergeOutcomes(first, retried);
    expect(merged.map((outcome) => [outcome.recipient.email, outcome.kind])).toEqual([
      ['robin@contoso.com', 'granted'],
      ['helga@contoso.com', 'granted'],
    ]);
    expect(needsRetry(merged)).toEqual([]);
  });

  it('accepts only http and https fix-it links', () => {
    expect(safeHttpUrl('https://example.test/fix')).toBe('https://example.test/fix');
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('readLanded (after a lost invite answer)', () => {
  const alexId = '4d3f2b1a-0000-4000-8000-000000000002';
  const alex = recipientFromSuggestion({
    type: 'user',
    source: 'users',
    id: alexId,
    displayName: 'Alex Wilber',
    email: 'alex@contoso.test',
    jobTitle: undefined,
  });
  const megan = emailRecipient('megan@contoso.test');
  const kim = emailRecipient('kim@fabrikam.test');
  const permissions = parse({
    value: [
      // The owner, a folder's inherited grant and a sharing link that names Megan: none came from this invite.
      { id: 'owner', roles: ['owner'], grantedToV2: { user: { id: 'adele', email: 'adele@contoso.test' } } },
      { id: 'inh', roles: ['write'], grantedToV2: { user: { email: 'megan@contoso.test' } }, inheritedFrom: { id: 'folder' } },
      { id: 'link', roles: ['read'], link: { type: 'view', scope: 'users' }, grantedToIdentitiesV2: [{ user: { email: 'megan@contoso.test' } }] },
      // Alex's grant names only his object id; Kim's pending invitation only the address.
      { id: 'p-alex', roles: ['write'], grantedToV2: { user: { id: alexId, displayName: 'Alex Wilber' } } },
      { id: 'p-kim', roles: ['read'], invitation: { email: 'KIM@fabrikam.test' } },
    ],
  });

  it('marks who holds a direct grant of the asked role as landed, by id or address, and nobody by position', () => {
    const outcomes = readLanded([alex, megan, kim], 'read', permissions);
    expect(outcomes.map((outcome) => [outcome.recipient.label, outcome.kind, outcome.kind === 'landed' ? outcome.permission.id : null])).toEqual([
      ['Alex Wilber', 'landed', 'p-alex'],
      ['megan@contoso.test', 'failed', null],
      ['kim@fabrikam.test', 'landed', 'p-kim'],
    ]);
  });

  it('says a recipient missing from the read-back was never reached, not refused by Graph', () => {
    const [, megan_] = readLanded([alex, megan], 'read', permissions);
    expect(megan_).toEqual({ recipient: megan, kind: 'failed', from: 'read-back' });
  });

  it('does not count a weaker grant than the one asked for', () => {
    expect(readLanded([kim], 'write', permissions).map((outcome) => outcome.kind)).toEqual(['failed']);
  });

  it('never offers a landed recipient for Retry, and counts them as having access', () => {
    const outcomes = readLanded([alex, megan], 'read', permissions);
    expect(needsRetry(outcomes)).toEqual([megan]);
    expect(summarizeOutcomes('Q3.xlsx', outcomes)).toEqual({
      intent: 'warning',
      text: { id: 'share.outcome.shared', values: { name: 'Q3.xlsx', count: 1, notNotified: 0, failed: 1 } },
    });
  });
});
