import {
  channelIdSchema,
  hostToFrameMessage,
  PROTOCOL_VERSION,
  type FrameToHostMessage,
  type HostToFrameMessage,
  type InitMessage,
  type InitializeMessage,
  type Outgoing,
} from './protocol';

/** Where the frame was asked to talk to: `?origin=…&channelId=…` in its URL. */
export type HostRequest =
  | { kind: 'host'; origin: string; channelId: string }
  /** No protocol asked for: a plain iframe or a top-level visit. */
  | { kind: 'none' }
  /** Asked for, but not allowed or malformed: the frame talks to nobody. */
  | { kind: 'refused'; reason: string };

export function readHostRequest(search: string, allowedOrigins: readonly string[], framed: boolean): HostRequest {
  const params = new URLSearchParams(search);
  const origin = params.get('origin');
  const channelId = params.get('channelId');
  if (origin === null && channelId === null) return { kind: 'none' };
  if (!framed) return { kind: 'refused', reason: 'The page is not inside a frame.' };
  // Exact match only: no wildcards, no prefix or suffix tricks (https://portal.example.evil).
  if (origin === null || !allowedOrigins.includes(origin)) return { kind: 'refused', reason: `Origin ${String(origin)} is not allowed to embed the dialog.` };
  if (!channelIdSchema.safeParse(channelId).success || channelId === null) return { kind: 'refused', reason: 'The channel id is malformed.' };
  return { kind: 'host', origin, channelId };
}

export class HostTokenError extends Error {
  override readonly name = 'HostTokenError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface HostToken {
  accessToken: string;
  /** Seconds since the epoch, when the host said. */
  expiresOn?: number | undefined;
}

export interface HostChannel {
  /** The host's `init`; rejects if none arrives in time. */
  readonly init: Promise<InitMessage>;
  post: (message: Outgoing<FrameToHostMessage>) => void;
  /** Asks the host for a Graph token over the port; `forceRefresh` after Graph refused the host's last one. */
  requestToken: (scopes: readonly string[], options?: { forceRefresh?: boolean | undefined }) => Promise<HostToken>;
  close: () => void;
}

export interface ConnectOptions {
  /** The window to announce ourselves to: window.parent. */
  parent: Pick<Window, 'postMessage'>;
  origin: string;
  channelId: string;
  initTimeoutMs?: number;
  tokenTimeoutMs?: number;
  /** Request ids; random in the app, predictable in tests. */
  newId?: () => string;
}

/**
 * What may be logged about a message: its type and the names of its fields, never their values,
 * which may carry an access token (a late `token` answer does) or the user's text.
 */
export function describeMessage(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return Array.isArray(data) ? 'an array' : `a ${typeof data}`;
  const record = data as Record<string, unknown>;
  const type = typeof record.type === 'string' && /^[a-z-]{1,32}$/.test(record.type) ? `type "${record.type}"` : 'no known type';
  const names = Object.keys(record)
    .filter((name) => /^[A-Za-z@._-]{1,40}$/.test(name))
    .slice(0, 12);
  return `${type}, fields: ${names.join(', ') || 'none'}`;
}

function ignore(reason: string, data: unknown) {
  // Never acted on; a warning helps whoever integrates a portal find their mistake.
  console.warn(`Share dialog: ignored a message from the host (${reason}; ${describeMessage(data)}).`);
}

/**
 * Announces the frame to its host and returns the channel. The port is the only way in: messages
 * posted to the frame's window by anyone are never listened to, and what arrives on the port is
 * parsed before use.
 */
export function connectToHost({
  parent,
  origin,
  channelId,
  initTimeoutMs = 10_000,
  tokenTimeoutMs = 30_000,
  newId = () => crypto.randomUUID(),
}: ConnectOptions): HostChannel {
  const channel = new MessageChannel();
  const port = channel.port1;
  const pending = new Map<string, { resolve: (token: HostToken) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  let receivedInit = false;
  let resolveInit: (init: InitMessage) => void = () => undefined;
  let rejectInit: (error: Error) => void = () => undefined;
  const init = new Promise<InitMessage>((resolve, reject) => {
    resolveInit = resolve;
    rejectInit = reject;
  });
  // Callers that never await init (a closed dialog) must not see an unhandled rejection.
  init.catch(() => undefined);
  const initTimer = setTimeout(() => rejectInit(new HostTokenError('init_timeout', 'The portal did not send the dialog its settings.')), initTimeoutMs);

  function handle(message: HostToFrameMessage) {
    if (message.type === 'init') {
      if (receivedInit) return ignore('a second init', message);
      receivedInit = true;
      clearTimeout(initTimer);
      resolveInit(message);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return ignore('an answer to no request', message);
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.type === 'token') waiting.resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn });
    else waiting.reject(new HostTokenError(message.code, message.message));
  }

  port.onmessage = (event: MessageEvent) => {
    const parsed = hostToFrameMessage.safeParse(event.data);
    if (!parsed.success) return ignore('malformed', event.data);
    handle(parsed.data);
  };

  const post = (message: Outgoing<FrameToHostMessage>) => port.postMessage({ ...message, version: PROTOCOL_VERSION });

  const hello: InitializeMessage = { type: 'initialize', version: PROTOCOL_VERSION, channelId };
  // targetOrigin is the allowed portal's exact origin, so no other page that frames us hears it.
  parent.postMessage(hello, origin, [channel.port2]);

  return {
    init,
    post,
    requestToken(scopes, options = {}) {
      const id = newId().replace(/[^A-Za-z0-9_-]/g, '');
      return new Promise<HostToken>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new HostTokenError('token_timeout', 'The portal did not answer the request for a token in time.'));
        }, tokenTimeoutMs);
        pending.set(id, { resolve, reject, timer });
        post({ type: 'token-request', id, scopes: [...scopes], ...(options.forceRefresh === true ? { forceRefresh: true } : {}) });
      });
    },
    close() {
      clearTimeout(initTimer);
      for (const waiting of pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new HostTokenError('closed', 'The dialog was closed.'));
      }
      pending.clear();
      port.close();
    },
  };
}
