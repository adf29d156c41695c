import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameToHostMessage, hostToFrameMessage, initializeMessage, PROTOCOL_VERSION } from './protocol';

const v = PROTOCOL_VERSION;

describe('host → frame messages', () => {
  it('accepts an init with a target, look, language and defaults', () => {
    const init = {
      type: 'init',
      version: v,
      target: '/Reports/Q3 Report.xlsx',
      theme: 'high-contrast',
      locale: 'ar',
      defaults: { role: 'write', sendInvitation: false, requireSignIn: true, message: 'Hi' },
      suppliesTokens: true,
    };
    expect(hostToFrameMessage.parse(init)).toEqual(init);
  });

  it('accepts an init with several targets instead of one', () => {
    const init = { type: 'init', version: v, targets: ['/Reports/Q3 Report.xlsx', '/Reports/Archive', 'https://contoso.sharepoint.com/:x:/s/a/b'] };
    expect(hostToFrameMessage.parse(init)).toEqual(init);
    const hundred = { type: 'init', version: v, targets: Array.from({ length: 100 }, (_, index) => `/f${index}.txt`) };
    expect(hostToFrameMessage.safeParse(hundred).success).toBe(true);
  });

  it.each([
    ['neither target nor targets', { type: 'init', version: v }],
    ['both target and targets', { type: 'init', version: v, target: '/a', targets: ['/b'] }],
    ['an empty list of targets', { type: 'init', version: v, targets: [] }],
    ['101 targets', { type: 'init', version: v, targets: Array.from({ length: 101 }, (_, index) => `/f${index}.txt`) }],
    ['an empty target among targets', { type: 'init', version: v, targets: ['/a', ' '] }],
    ['targets that are not a list', { type: 'init', version: v, targets: '/a' }],
    ['another version', { type: 'init', version: 2, target: '/a' }],
    ['an empty target', { type: 'init', version: v, target: '  ' }],
    ['an unknown theme', { type: 'init', version: v, target: '/a', theme: 'sepia' }],
    ['an unknown role', { type: 'init', version: v, target: '/a', defaults: { role: 'owner' } }],
    ['an unexpected field', { type: 'init', version: v, target: '/a', script: 'alert(1)' }],
    ['a token that is no JWT', { type: 'token', version: v, id: 'r1', accessToken: 'not a token at all' }],
    ['a request id with odd characters', { type: 'token-error', version: v, id: '../x', code: 'c', message: 'm' }],
  ])('refuses %s', (_name, message) => {
    expect(hostToFrameMessage.safeParse(message).success).toBe(false);
  });

  it('never throws on arbitrary input, and accepts nothing without a known type', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = hostToFrameMessage.safeParse(value);
        if (result.success) expect(['init', 'token', 'token-error']).toContain(result.data.type);
      }),
    );
  });
});

describe('frame → host messages', () => {
  it('accepts a shared outcome with status and role per recipient', () => {
    const shared = {
      type: 'shared',
      version: v,
      item: { id: 'i', name: 'Q3.xlsx', driveId: 'd' },
      recipients: [
        { recipient: 'alex@contoso.test', email: 'alex@contoso.test', status: 'granted', role: 'read' },
        { recipient: 'Sales', status: 'failed', role: 'read' },
      ],
    };
    expect(frameToHostMessage.parse(shared)).toEqual(shared);
  });

  it('refuses a shared outcome carrying anything else (a link, a token)', () => {
    const base = { type: 'shared', version: v, item: { id: 'i', name: 'n', driveId: 'd' } };
    expect(frameToHostMessage.safeParse({ ...base, recipients: [{ recipient: 'a', status: 'granted', role: 'read', link: 'https://x' }] }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ ...base, recipients: [], accessToken: 'eyJ' }).success).toBe(false);
  });

  it('accepts a shared outcome for several targets: one entry per target, with its status', () => {
    const shared = {
      type: 'shared',
      version: v,
      items: [
        {
          target: '/a.xlsx',
          item: { id: 'i', name: 'a.xlsx', driveId: 'd' },
          status: 'shared',
          recipients: [{ recipient: 'alex@contoso.test', email: 'alex@contoso.test', status: 'granted', role: 'write' }],
        },
        {
          target: '/b',
          item: { id: 'j', name: 'b', driveId: 'd' },
          status: 'not-sent',
          recipients: [{ recipient: 'Sales', status: 'not-sent', role: 'write' }],
        },
        { target: '/gone.docx', status: 'unresolved', code: 'itemNotFound', recipients: [] },
      ],
    };
    expect(frameToHostMessage.parse(shared)).toEqual(shared);
  });

  it('refuses a shared outcome for several targets that is empty, mixes both shapes, or carries anything else', () => {
    const entry = { target: '/a', item: { id: 'i', name: 'n', driveId: 'd' }, status: 'shared', recipients: [] };
    expect(frameToHostMessage.safeParse({ type: 'shared', version: v, items: [] }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'shared', version: v, items: [entry], item: entry.item, recipients: [] }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'shared', version: v, items: [{ ...entry, status: 'landed' }] }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'shared', version: v, items: [{ ...entry, permissionId: 'p' }] }).success).toBe(false);
    expect(
      frameToHostMessage.safeParse({
        type: 'shared',
        version: v,
        items: [{ ...entry, recipients: [{ recipient: 'a', status: 'granted', role: 'read', link: 'https://x' }] }],
      }).success,
    ).toBe(false);
    // `not-sent` belongs to the list only: a single target's outcome keeps the three statuses it always had.
    const single = { type: 'shared', version: v, item: entry.item, recipients: [{ recipient: 'a', status: 'not-sent', role: 'read' }] };
    expect(frameToHostMessage.safeParse(single).success).toBe(false);
  });

  it('checks resize heights and token requests', () => {
    expect(frameToHostMessage.safeParse({ type: 'resize', version: v, height: 480 }).success).toBe(true);
    expect(frameToHostMessage.safeParse({ type: 'resize', version: v, height: -1 }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'resize', version: v, height: 1.5 }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: [] }).success).toBe(false);
    // forceRefresh (Graph refused the host's last token) is optional, and a boolean when present.
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: ['User.Read'] }).success).toBe(true);
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: ['User.Read'], forceRefresh: true }).success).toBe(true);
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: ['User.Read'], forceRefresh: false }).success).toBe(true);
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: ['User.Read'], forceRefresh: 'true' }).success).toBe(false);
    expect(frameToHostMessage.safeParse({ type: 'token-request', version: v, id: 'r1', scopes: ['User.Read'], forceRefresh: 1 }).success).toBe(false);
  });

  it('takes an initialize only with a well-formed channel id', () => {
    expect(initializeMessage.safeParse({ type: 'initialize', version: v, channelId: 'abcdef0123456789' }).success).toBe(true);
    expect(initializeMessage.safeParse({ type: 'initialize', version: v, channelId: 'short' }).success).toBe(false);
    fc.assert(fc.property(fc.anything(), (value) => void frameToHostMessage.safeParse(value)));
  });
});
