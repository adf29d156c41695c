import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHost, HostTokenError, readHostRequest } from './host-channel';
import { frameToHostMessage, PROTOCOL_VERSION } from './protocol';

const PORTAL = 'https://portal.contoso.com';
const CHANNEL = 'c0ffee0123456789';

describe('readHostRequest', () => {
  const allowed = [PORTAL];
  it('talks to an allowed origin with a well-formed channel id, inside a frame', () => {
    expect(readHostRequest(`?origin=${encodeURIComponent(PORTAL)}&channelId=${CHANNEL}`, allowed, true)).toEqual({
      kind: 'host',
      origin: PORTAL,
      channelId: CHANNEL,
    });
  });

  it.each([
    ['an origin off the list', `?origin=${encodeURIComponent('https://evil.test')}&channelId=${CHANNEL}`, true],
    ['a look-alike origin', `?origin=${encodeURIComponent(`${PORTAL}.evil.test`)}&channelId=${CHANNEL}`, true],
    ['an origin with a path', `?origin=${encodeURIComponent(`${PORTAL}/`)}&channelId=${CHANNEL}`, true],
    ['a malformed channel id', `?origin=${encodeURIComponent(PORTAL)}&channelId=x<y`, true],
    ['a missing channel id', `?origin=${encodeURIComponent(PORTAL)}`, true],
    ['a page that is not framed', `?origin=${encodeURIComponent(PORTAL)}&channelId=${CHANNEL}`, false],
  ])('refuses %s', (_name, search, framed) => {
    expect(readHostRequest(search, allowed, framed).kind).toBe('refused');
  });

  it('is plain-iframe use without origin and channel id', () => {
    expect(readHostRequest('?target=%2Fa.xlsx', allowed, true)).toEqual({ kind: 'none' });
  });
});

interface Announced {
  message: unknown;
  origin: string;
  port: MessagePort;
}

function connect(options: { initTimeoutMs?: number; tokenTimeoutMs?: number } = {}) {
  const announced: Announced[] = [];
  const parent = {
    postMessage: (message: unknown, origin: string, transfer: Transferable[]) => announced.push({ message, origin, port: transfer[0] as MessagePort }),
  } as unknown as Window;
  let id = 0;
  const channel = connectToHost({ parent, origin: PORTAL, channelId: CHANNEL, newId: () => `r${++id}`, ...options });
  const host = announced[0]!.port;
  const fromFrame: unknown[] = [];
  host.onmessage = (event: MessageEvent) => fromFrame.push(event.data);
  return { channel, announced, host, fromFrame };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('connectToHost', () => {
  const open: { close: () => void }[] = [];
  afterEach(() => {
    for (const item of open.splice(0)) item.close();
  });

  it('announces itself once, to the allowed origin only, handing over a port', () => {
    const { channel, announced } = connect();
    open.push(channel);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({ message: { type: 'initialize', version: PROTOCOL_VERSION, channelId: CHANNEL }, origin: PORTAL });
  });

  it('takes the first valid init and ignores malformed messages and a second init', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { channel, host } = connect();
    open.push(channel);
    host.postMessage({ type: 'init', version: 99, target: '/evil.xlsx' });
    host.postMessage('init');
    host.postMessage({ type: 'init', version: PROTOCOL_VERSION, target: '/Reports/Q3 Report.xlsx', theme: 'dark' });
    host.postMessage({ type: 'init', version: PROTOCOL_VERSION, target: '/second.xlsx' });
    await expect(channel.init).resolves.toMatchObject({ target: '/Reports/Q3 Report.xlsx', theme: 'dark' });
    await tick();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('never acts on random input', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { channel, host } = connect({ initTimeoutMs: 60_000 });
    open.push(channel);
    const sample = fc.sample(fc.anything({ withObjectString: true }), 100);
    for (const value of sample) host.postMessage(value);
    let settled = false;
    channel.init.then(
      () => (settled = true),
      () => (settled = true),
    );
    await tick();
    expect(settled).toBe(false);
  });

  /** init messages the protocol accepts, with every optional field sometimes present. */
  const validInit = fc.record(
    {
      type: fc.constant('init'),
      version: fc.constant(PROTOCOL_VERSION),
      target: fc.stringMatching(/^[A-Za-z0-9/._-]([A-Za-z0-9/ ._-]{0,40}[A-Za-z0-9])?$/),
      theme: fc.constantFrom('light', 'dark'),
      locale: fc.constantFrom('en', 'de-DE', 'ar'),
      defaults: fc.record(
        { role: fc.constantFrom('read', 'write'), sendInvitation: fc.boolean(), requireSignIn: fc.boolean(), message: fc.string({ maxLength: 50 }) },
        { requiredKeys: [] },
      ),
      suppliesTokens: fc.boolean(),
    },
    { requiredKeys: ['type', 'version', 'target'] },
  );
  /** One change that makes a valid init invalid: the cases a portal gets wrong. */
  const spoil = fc.oneof(
    fc.constantFrom(0, 2, '1', null).map((version) => (init: Record<string, unknown>) => ({ ...init, version })),
    fc.constantFrom('', '   ', 42, null).map((target) => (init: Record<string, unknown>) => ({ ...init, target })),
    fc.constant((init: Record<string, unknown>) => Object.fromEntries(Object.entries(init).filter(([key]) => key !== 'target'))),
    fc.constantFrom('neon', 1).map((theme) => (init: Record<string, unknown>) => ({ ...init, theme })),
    fc.constantFrom('Init', 'initialize', 'token').map((type) => (init: Record<string, unknown>) => ({ ...init, type })),
    fc.constantFrom('accessToken', 'origin', '__proto__x').map((key) => (init: Record<string, unknown>) => ({ ...init, [key]: 'x' })),
    fc.constantFrom('owner', 'x').map((role) => (init: Record<string, unknown>) => ({ ...init, defaults: { role } })),
  );
  const delivered = async (message: unknown) => {
    const { channel, host } = connect({ initTimeoutMs: 60_000 });
    open.push(channel);
    let value: unknown = 'nothing';
    channel.init.then(
      (init) => (value = init),
      () => (value = 'rejected'),
    );
    host.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 5));
    channel.close();
    return value;
  };

  it('acts on every well-formed init, exactly as sent', async () => {
    await fc.assert(
      fc.asyncProperty(validInit, async (init) => {
        expect(await delivered(init)).toEqual(init);
      }),
      { numRuns: 40 },
    );
  });

  it('never acts on an init that is wrong in one respect', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(validInit, spoil, async (init, change) => {
        expect(await delivered(change(init))).toBe('nothing');
      }),
      { numRuns: 60 },
    );
  });

  it('never writes a token to the console, even from a late or malformed answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { channel, host } = connect();
    open.push(channel);
    const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGVsZSJ9.c2lnbmF0dXJlLXNlY3JldA';
    // No request r9 is pending: an answer that came too late.
    host.postMessage({ type: 'token', version: PROTOCOL_VERSION, id: 'r9', accessToken: secret, expiresOn: 2_000_000_000 });
    host.postMessage({ type: 'token', version: 2, id: 'r1', accessToken: secret });
    host.postMessage({ type: secret, accessToken: secret });
    host.postMessage([secret]);
    await tick();
    expect(warn).toHaveBeenCalledTimes(4);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('c2lnbmF0dXJl');
    expect(warn.mock.calls[0]?.[0]).toMatch(/an answer to no request; type "token", fields: type, version, id, accessToken, expiresOn/);
  });

  it('rejects init after the timeout', async () => {
    const { channel } = connect({ initTimeoutMs: 10 });
    open.push(channel);
    await expect(channel.init).rejects.toMatchObject({ code: 'init_timeout' });
  });

  it('asks for a token with an id and resolves with the answer to that id only', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { channel, host, fromFrame } = connect();
    open.push(channel);
    const token = channel.requestToken(['Files.ReadWrite.All']);
    await tick();
    expect(fromFrame).toEqual([{ type: 'token-request', version: PROTOCOL_VERSION, id: 'r1', scopes: ['Files.ReadWrite.All'] }]);
    host.postMessage({ type: 'token', version: PROTOCOL_VERSION, id: 'other', accessToken: 'aaaaaaaa.bbbbbbbb.cccc' });
    host.postMessage({ type: 'token', version: PROTOCOL_VERSION, id: 'r1', accessToken: 'header12.payload1.signature', expiresOn: 2_000_000_000 });
    await expect(token).resolves.toEqual({ accessToken: 'header12.payload1.signature', expiresOn: 2_000_000_000 });
  });

  it('rejects a token request the host refuses or leaves unanswered', async () => {
    const { channel, host } = connect({ tokenTimeoutMs: 30 });
    open.push(channel);
    const refused = channel.requestToken(['User.Read']);
    host.postMessage({ type: 'token-error', version: PROTOCOL_VERSION, id: 'r1', code: 'unableToObtainToken', message: 'No session' });
    await expect(refused).rejects.toEqual(new HostTokenError('unableToObtainToken', 'No session'));
    await expect(channel.requestToken(['User.Read'])).rejects.toMatchObject({ code: 'token_timeout' });
  });

  it('says forceRefresh on a token request only when Graph refused the last token, and the message stays valid', async () => {
    const { channel, fromFrame } = connect();
    open.push(channel);
    void channel.requestToken(['Files.ReadWrite.All'], { forceRefresh: true }).catch(() => undefined);
    void channel.requestToken(['Files.ReadWrite.All'], { forceRefresh: false }).catch(() => undefined);
    await tick();
    expect(fromFrame).toEqual([
      { type: 'token-request', version: PROTOCOL_VERSION, id: 'r1', scopes: ['Files.ReadWrite.All'], forceRefresh: true },
      { type: 'token-request', version: PROTOCOL_VERSION, id: 'r2', scopes: ['Files.ReadWrite.All'] },
    ]);
    for (const message of fromFrame) expect(frameToHostMessage.safeParse(message).success).toBe(true);
  });
});
