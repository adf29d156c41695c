import { describe, expect, it, vi } from 'vitest';
import { mergeShared, sessionFromQuery, sharedMessageOf } from './session';

describe('sessionFromQuery', () => {
  it('reads target, look, language and defaults of a plain iframe', () => {
    expect(sessionFromQuery('?target=%2FReports%2FQ3%20Report.xlsx&theme=dark&locale=de&role=write&sendInvitation=false')).toEqual({
      target: '/Reports/Q3 Report.xlsx',
      theme: 'dark',
      locale: 'de',
      defaults: { role: 'write', sendInvitation: false, requireSignIn: undefined, message: undefined },
      suppliesTokens: false,
    });
  });

  it('drops values the protocol would refuse, keeping the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const session = sessionFromQuery('?target=%2Fa.xlsx&theme=neon&role=owner');
    expect(session).toMatchObject({ target: '/a.xlsx', theme: undefined, defaults: { role: undefined } });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('sharedMessageOf', () => {
  it('tells who got which role and how it went, and nothing of the permissions', () => {
    const message = sharedMessageOf({
      item: { itemId: 'i', driveId: 'd', name: 'Q3.xlsx' },
      role: 'write',
      outcomes: [
        {
          recipient: { label: 'Alex Wilber', email: 'alex@contoso.test' },
          kind: 'granted',
          permission: { id: 'p', link: { webUrl: 'https://secret' } },
        } as never,
        { recipient: { label: 'nobody@fabrikam.test' }, kind: 'failed' },
      ],
    });
    expect(message).toEqual({
      type: 'shared',
      item: { id: 'i', driveId: 'd', name: 'Q3.xlsx' },
      recipients: [
        { recipient: 'Alex Wilber', email: 'alex@contoso.test', status: 'granted', role: 'write' },
        { recipient: 'nobody@fabrikam.test', status: 'failed', role: 'write' },
      ],
    });
    expect(JSON.stringify(message)).not.toContain('secret');
  });

  it('keeps the latest outcome per person across sends', () => {
    const first = sharedMessageOf({
      item: { itemId: 'i', driveId: 'd', name: 'n' },
      role: 'read',
      outcomes: [{ recipient: { label: 'a@x.test', email: 'a@x.test' }, kind: 'not-notified' }],
    });
    const retry = sharedMessageOf({
      item: { itemId: 'i', driveId: 'd', name: 'n' },
      role: 'read',
      outcomes: [
        { recipient: { label: 'A@x.test', email: 'A@x.test' }, kind: 'granted' },
        { recipient: { label: 'b@x.test', email: 'b@x.test' }, kind: 'granted' },
      ],
    });
    expect(mergeShared(first, retry).recipients.map((entry) => [entry.recipient, entry.status])).toEqual([
      ['A@x.test', 'granted'],
      ['b@x.test', 'granted'],
    ]);
  });
});
