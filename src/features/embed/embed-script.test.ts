import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The script portals load (public/embed.js), run here as a browser would run it.
import source from '../../../public/embed.js?raw';

const APP = 'http://localhost:5173';

interface ShareDialogApi {
  open: (options: Record<string, unknown>) => Promise<unknown>;
}

function load(): ShareDialogApi {
  Object.defineProperty(document, 'currentScript', { configurable: true, value: { src: `${APP}/embed.js` } });
  // The served file is a classic script, not a module: run its text as the browser would.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(source)();
  return (window as unknown as { ShareDialog: ShareDialogApi }).ShareDialog;
}

/** A message event as the browser delivers it to the portal's window. */
function deliver(init: { source: unknown; origin: string; data: unknown; ports?: MessagePort[] }) {
  const event = new Event('message');
  Object.defineProperties(event, {
    source: { value: init.source },
    origin: { value: init.origin },
    data: { value: init.data },
    ports: { value: init.ports ?? [] },
  });
  window.dispatchEvent(event);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('embed.js', () => {
  let api: ShareDialogApi;
  beforeEach(() => {
    document.body.innerHTML = '<main><button>Share</button></main>';
    api = load();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function openDialog(options: Record<string, unknown> = {}) {
    const outcome = api.open({ target: '/Reports/Q3 Report.xlsx', theme: 'dark', locale: 'de', role: 'write', ...options });
    const frame = document.querySelector('iframe')!;
    const url = new URL(frame.src);
    return { outcome, frame, url, channelId: url.searchParams.get('channelId')! };
  }

  function handshake(frame: HTMLIFrameElement, channelId: string) {
    const channel = new MessageChannel();
    const toFrame: unknown[] = [];
    channel.port1.onmessage = (event) => toFrame.push(event.data);
    deliver({ source: frame.contentWindow, origin: APP, data: { type: 'initialize', version: 1, channelId }, ports: [channel.port2] });
    return { frame: channel.port1, toFrame };
  }

  it('frames /embed with its origin and a fresh channel id, and makes the page inert', () => {
    const { frame, url } = openDialog();
    expect(url.origin + url.pathname).toBe(`${APP}/embed`);
    expect(url.searchParams.get('origin')).toBe(window.location.origin);
    expect(url.searchParams.get('channelId')).toMatch(/^[0-9a-f]{32}$/);
    expect(frame.title).toBe('Share');
    expect(document.querySelector('main')!.inert).toBe(true);
  });

  it('sends init over the port after a valid initialize, and resolves with the shared outcome', async () => {
    const { outcome, frame, channelId } = openDialog();
    const port = handshake(frame, channelId);
    await vi.waitFor(() => expect(port.toFrame).toHaveLength(1));
    expect(port.toFrame).toEqual([
      { type: 'init', version: 1, target: '/Reports/Q3 Report.xlsx', theme: 'dark', locale: 'de', defaults: { role: 'write' }, suppliesTokens: false },
    ]);
    const recipients = [{ recipient: 'alex@contoso.test', email: 'alex@contoso.test', status: 'granted', role: 'write' }];
    port.frame.postMessage({ type: 'shared', version: 1, item: { id: 'i', name: 'Q3 Report.xlsx', driveId: 'd' }, recipients });
    await expect(outcome).resolves.toEqual({ status: 'shared', item: { id: 'i', name: 'Q3 Report.xlsx', driveId: 'd' }, recipients });
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('main')!.inert).toBe(false);
  });

  it('ignores an initialize from another window, another origin or another channel', async () => {
    const { outcome, frame, channelId } = openDialog({ timeoutMs: 200 });
    const intruder = new MessageChannel();
    deliver({ source: window, origin: APP, data: { type: 'initialize', version: 1, channelId }, ports: [intruder.port2] });
    deliver({ source: frame.contentWindow, origin: 'http://intruder.test', data: { type: 'initialize', version: 1, channelId }, ports: [intruder.port2] });
    deliver({ source: frame.contentWindow, origin: APP, data: { type: 'initialize', version: 1, channelId: 'guessed0123456789' }, ports: [intruder.port2] });
    const received: unknown[] = [];
    intruder.port1.onmessage = (event) => received.push(event.data);
    await expect(outcome).rejects.toMatchObject({ code: 'initializeTimeout' });
    expect(received).toEqual([]);
  });

  it('ignores malformed messages on the port, and rejects on an error message', async () => {
    const { outcome, frame, channelId } = openDialog();
    const port = handshake(frame, channelId);
    port.frame.postMessage({ type: 'shared', version: 1, item: { id: 'i', name: 'n', driveId: 'd' }, recipients: [], accessToken: 'eyJ.x.y' });
    port.frame.postMessage({ type: 'cancelled', version: 2 });
    port.frame.postMessage({
      type: 'shared',
      version: 1,
      item: { id: 'i', name: 'n', driveId: 'd' },
      recipients: [{ recipient: 'a', status: 'owner', role: 'read' }],
    });
    await tick();
    expect(document.querySelector('iframe')).not.toBeNull();
    port.frame.postMessage({ type: 'error', version: 1, code: 'itemNotFound', message: 'The item does not exist.' });
    await expect(outcome).rejects.toMatchObject({ code: 'itemNotFound', message: 'The item does not exist.' });
  });

  it('answers token requests with getToken, and with an error without it', async () => {
    const getToken = vi.fn(() => Promise.resolve({ accessToken: 'header12.payload1.signature', expiresOn: 2_000_000_000 }));
    const { outcome, frame, channelId } = openDialog({ getToken });
    const port = handshake(frame, channelId);
    port.frame.postMessage({ type: 'token-request', version: 1, id: 'r1', scopes: ['Files.ReadWrite.All'] });
    await vi.waitFor(() => expect(port.toFrame).toHaveLength(2));
    expect(getToken).toHaveBeenCalledWith({ scopes: ['Files.ReadWrite.All'], forceRefresh: false });
    expect(port.toFrame.at(-1)).toEqual({ type: 'token', version: 1, id: 'r1', accessToken: 'header12.payload1.signature', expiresOn: 2_000_000_000 });
    port.frame.postMessage({ type: 'cancelled', version: 1 });
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });

    const second = openDialog();
    const port2 = handshake(second.frame, second.channelId);
    port2.frame.postMessage({ type: 'token-request', version: 1, id: 'r2', scopes: ['User.Read'] });
    await vi.waitFor(() => expect(port2.toFrame.at(-1)).toMatchObject({ type: 'token-error', id: 'r2', code: 'unsupportedCommand' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await expect(second.outcome).resolves.toEqual({ status: 'cancelled' });
  });

  it('passes forceRefresh on to getToken when Graph refused the last token, and ignores a request whose flag is no boolean', async () => {
    const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
      Promise.resolve({ accessToken: forceRefresh ? 'header12.payload2.fresh' : 'header12.payload1.stale' }),
    );
    const { outcome, frame, channelId } = openDialog({ getToken });
    const port = handshake(frame, channelId);
    port.frame.postMessage({ type: 'token-request', version: 1, id: 'r1', scopes: ['Files.ReadWrite.All'], forceRefresh: true });
    await vi.waitFor(() => expect(port.toFrame).toHaveLength(2));
    expect(getToken).toHaveBeenCalledWith({ scopes: ['Files.ReadWrite.All'], forceRefresh: true });
    expect(port.toFrame.at(-1)).toEqual({ type: 'token', version: 1, id: 'r1', accessToken: 'header12.payload2.fresh' });

    port.frame.postMessage({ type: 'token-request', version: 1, id: 'r2', scopes: ['Files.ReadWrite.All'], forceRefresh: 'yes' });
    await tick();
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(port.toFrame).toHaveLength(2);
    port.frame.postMessage({ type: 'cancelled', version: 1 });
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
  });

  it('never writes what an ignored message carries to the console, only its type', async () => {
    const warn = vi.mocked(console.warn);
    const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGVsZSJ9.c2VjcmV0';
    const { outcome, frame, channelId } = openDialog();
    const port = handshake(frame, channelId);
    port.frame.postMessage({ type: 'token', version: 1, id: 'r1', accessToken: secret });
    deliver({ source: frame.contentWindow, origin: APP, data: { type: 'initialize', version: 1, channelId, accessToken: secret } });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).not.toContain(secret);
    expect(logged).toContain('type \\"token\\"');
    port.frame.postMessage({ type: 'cancelled', version: 1 });
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
  });

  describe('several items (targets)', () => {
    const targets = ['/Reports/Q3 Report.xlsx', '/Reports/Archive', '/Budget 2026.xlsx'];
    const openMany = (options: Record<string, unknown> = {}) => {
      const outcome = api.open({ targets, ...options });
      const frame = document.querySelector('iframe')!;
      return { outcome, frame, channelId: new URL(frame.src).searchParams.get('channelId')! };
    };

    it('sends targets in init, and resolves with one entry per item', async () => {
      const { outcome, frame, channelId } = openMany({ role: 'write' });
      const port = handshake(frame, channelId);
      await vi.waitFor(() => expect(port.toFrame).toHaveLength(1));
      expect(port.toFrame).toEqual([{ type: 'init', version: 1, targets, defaults: { role: 'write' }, suppliesTokens: false }]);
      const items = [
        {
          target: targets[0],
          item: { id: 'i', name: 'Q3 Report.xlsx', driveId: 'd' },
          status: 'shared',
          recipients: [{ recipient: 'alex@contoso.test', email: 'alex@contoso.test', status: 'granted', role: 'write' }],
        },
        {
          target: targets[1],
          item: { id: 'j', name: 'Archive', driveId: 'd' },
          status: 'not-sent',
          recipients: [{ recipient: 'Sales', status: 'not-sent', role: 'write' }],
        },
        { target: targets[2], status: 'unresolved', code: 'itemNotFound', recipients: [] },
      ];
      port.frame.postMessage({ type: 'shared', version: 1, items });
      await expect(outcome).resolves.toEqual({ status: 'shared', items });
      expect(document.querySelector('iframe')).toBeNull();
    });

    it('takes only the outcome shape it asked for', async () => {
      const { outcome, frame, channelId } = openMany();
      const port = handshake(frame, channelId);
      // A single item's outcome, or an entry with a field the protocol does not have, is ignored.
      port.frame.postMessage({ type: 'shared', version: 1, item: { id: 'i', name: 'n', driveId: 'd' }, recipients: [] });
      port.frame.postMessage({ type: 'shared', version: 1, items: [{ target: '/a', status: 'shared', recipients: [], link: 'https://x' }] });
      port.frame.postMessage({ type: 'shared', version: 1, items: [] });
      await tick();
      expect(document.querySelector('iframe')).not.toBeNull();
      port.frame.postMessage({ type: 'cancelled', version: 1 });
      await expect(outcome).resolves.toEqual({ status: 'cancelled' });

      const single = openDialog();
      const singlePort = handshake(single.frame, single.channelId);
      singlePort.frame.postMessage({ type: 'shared', version: 1, items: [{ target: '/a', status: 'shared', recipients: [] }] });
      await tick();
      expect(document.querySelector('iframe')).not.toBeNull();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await expect(single.outcome).resolves.toEqual({ status: 'cancelled' });
    });

    it.each([
      ['target and targets together', { target: '/a', targets: ['/b'] }, 'targetAndTargets'],
      ['an empty list', { targets: [] }, 'noTargets'],
      ['targets that are no list', { targets: '/a' }, 'noTargets'],
      ['101 targets', { targets: Array.from({ length: 101 }, (_, index) => `/f${index}.txt`) }, 'tooManyTargets'],
      ['an empty target in the list', { targets: ['/a', '  '] }, 'invalidTarget'],
      ['a target that is no string', { targets: ['/a', 42] }, 'invalidTarget'],
      ['neither', {}, 'noTarget'],
    ])('rejects %s with a code, opening nothing', async (_name, options, code) => {
      await expect(api.open(options)).rejects.toMatchObject({ name: 'TypeError', code });
      expect(document.querySelector('iframe')).toBeNull();
    });

    it('opens 100 targets', async () => {
      const many = Array.from({ length: 100 }, (_, index) => `/f${index}.txt`);
      const { outcome, frame, channelId } = openMany({ targets: many });
      const port = handshake(frame, channelId);
      await vi.waitFor(() => expect(port.toFrame).toHaveLength(1));
      expect(port.toFrame[0]).toMatchObject({ type: 'init', targets: many });
      port.frame.postMessage({ type: 'cancelled', version: 1 });
      await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    });
  });
});
