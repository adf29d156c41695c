import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHost, HostTokenError, readHostRequest } from './host-channel';
import { PROTOCOL_VERSION } from './protocol';

const PORTAL = 'https://portal.contoso.com';
const CHANNEL = 'c0ffee0123456789';

describe('readHostRequest', () => {
  const allowed = [PORTAL];
  it('talks to an allowed origin with a well-formed channel id, inside a frame', () => {
    expect(readHostRequest(`?origin=${encodeURIComponent(PORTAL)}&channelId=${CHANNEL}`, allowed, true)).toEqual({ kind: 'host', origin: PORTAL, channelId: CHANNEL });
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
    channel.init.then(() => (settled = true), () => (settled = true));
    await tick();
    expect(settled).toBe(false);
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
});
