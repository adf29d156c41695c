import { describe, expect, it, vi } from 'vitest';
import { mergeShared, sessionFromInit, sessionFromQuery, sharedItemsMessageOf, sharedMessageOf } from './session';

describe('sessionFromQuery', () => {
  it('reads target, look, language and defaults of a plain iframe', () => {
    expect(sessionFromQuery('?target=%2FReports%2FQ3%20Report.xlsx&theme=dark&locale=de&role=write&sendInvitation=false')).toEqual({
      target: '/Reports/Q3 Report.xlsx',
      targets: null,
      theme: 'dark',
      locale: 'de',
      defaults: { role: 'write', sendInvitation: false, requireSignIn: undefined, message: undefined },
      suppliesTokens: false,
    });
  });

  it('reads a repeated target as several items, in order, dropping the ones the protocol would refuse', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(sessionFromQuery('?target=%2Fa.xlsx&target=%2FReports&target=%20&target=%2Fb.docx&role=write')).toMatchObject({
      target: null,
      targets: ['/a.xlsx', '/Reports', '/b.docx'],
      defaults: { role: 'write' },
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('refuses more than 100 repeated targets rather than sharing some of them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const query = `?${Array.from({ length: 101 }, (_, index) => `target=%2Ff${index}.txt`).join('&')}`;
    expect(sessionFromQuery(query)).toMatchObject({ target: null, targets: null });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('at most 100'));
  });
});

describe('sessionFromInit', () => {
  it('keeps one target or several, never both', () => {
    expect(sessionFromInit({ type: 'init', version: 1, target: '/a' })).toMatchObject({ target: '/a', targets: null });
    expect(sessionFromInit({ type: 'init', version: 1, targets: ['/a', '/b'] })).toMatchObject({ target: null, targets: ['/a', '/b'] });
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

describe('sharedItemsMessageOf', () => {
  it('lists every target in order with its item, status and people, and nothing of the permissions', () => {
    const message = sharedItemsMessageOf('write', [
      {
        target: '/a.xlsx',
        kind: 'resolved',
        item: { itemId: 'i', driveId: 'd', name: 'a.xlsx' },
        status: 'partial',
        outcomes: [
          { recipient: { label: 'Alex Wilber', email: 'alex@contoso.test', permission: { link: { webUrl: 'https://secret' } } } as never, kind: 'granted' },
          { recipient: { label: 'Sales' }, kind: 'not-notified' },
        ],
      },
      { target: '/b', kind: 'resolved', item: { itemId: 'j', driveId: 'd', name: 'b' }, status: 'failed', code: 'accessDenied', outcomes: [] },
      { target: '/gone.docx', kind: 'unresolved', code: 'itemNotFound' },
    ]);
    expect(message).toEqual({
      type: 'shared',
      items: [
        {
          target: '/a.xlsx',
          item: { id: 'i', driveId: 'd', name: 'a.xlsx' },
          status: 'partial',
          recipients: [
            { recipient: 'Alex Wilber', email: 'alex@contoso.test', status: 'granted', role: 'write' },
            { recipient: 'Sales', status: 'not-notified', role: 'write' },
          ],
        },
        { target: '/b', item: { id: 'j', driveId: 'd', name: 'b' }, status: 'failed', code: 'accessDenied', recipients: [] },
        { target: '/gone.docx', status: 'unresolved', code: 'itemNotFound', recipients: [] },
      ],
    });
    expect(JSON.stringify(message)).not.toContain('secret');
  });
});
