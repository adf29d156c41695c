import type * as z from 'zod/mini';
import { readClaimsChallenge } from './claims-challenge';
import { GraphError, parseGraphErrorBody } from './graph-error';
import {
  abortReason,
  backoffMs,
  cancellableSleep,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUTS,
  parseRetryAfter,
  type RetryPolicy,
  type RetryWaitListener,
  type Timeouts,
} from './retry-policy';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest<T> {
  method: HttpMethod;
  /** A path below the Graph base URL (`/v1.0/me`), or an `@odata.nextLink` on the same origin. */
  path: string;
  schema: z.ZodMiniType<T>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Aborting ends the request, or the wait before a retry, at once (an `aborted` GraphError). */
  signal?: AbortSignal | undefined;
  /** `blob` for binary answers such as `/photo/$value`; the schema then checks the Blob. */
  responseType?: 'json' | 'blob';
  /**
   * Delegated scopes this call needs beyond those granted at sign-in (incremental consent). The
   * token getter acquires them silently; without consent it rejects with a typed auth error.
   */
  scopes?: readonly string[] | undefined;
  /** Milliseconds one attempt may take (answer included) before it is abandoned as a `timeout`. */
  timeoutMs?: number | undefined;
  /** Overrides of the client's retry policy for this request. */
  retry?: Partial<RetryPolicy> | undefined;
  /** Called before each wait for a retry (after the client-wide listener), e.g. to show a countdown. */
  onRetryWait?: RetryWaitListener | undefined;
}

export interface GraphResponse<T> {
  data: T;
  status: number;
  requestId: string | undefined;
}

export interface GraphClient {
  request<T>(request: GraphRequest<T>): Promise<GraphResponse<T>>;
}

/** What the client asks of the token getter (src/lib/auth's AuthClient.getAccessToken takes the same). */
export interface AccessTokenRequest {
  /** Extra scopes for this call (see GraphRequest.scopes). */
  scopes?: readonly string[] | undefined;
  /** Skip any cached token: Graph refused the last one (401). */
  forceRefresh?: boolean | undefined;
}

export interface GraphClientOptions {
  baseUrl: string;
  /** Resolves to a bearer token or rejects with a typed auth error, which is passed on untouched. */
  getAccessToken: (request?: AccessTokenRequest) => Promise<string>;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Default per-attempt time-outs; `GraphRequest.timeoutMs` overrides them. */
  timeouts?: Partial<Timeouts>;
  /** Every wait before a retry, from any request (a page-wide "Graph is busy" notice). */
  onRetryWait?: RetryWaitListener;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  newRequestId?: () => string;
  now?: () => number;
  /** Source of the backoff jitter, in [0, 1). */
  random?: () => number;
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);

/** Graph carried out nothing: safe to send again whatever the method. */
const NOT_CARRIED_OUT = new Set([429, 503]);

function retryable(error: GraphError, method: HttpMethod): boolean {
  if (error.kind === 'http' && NOT_CARRIED_OUT.has(error.status)) return true;
  // These may hide a request that ran: only repeat what is harmless to repeat.
  if (!IDEMPOTENT.has(method)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && error.status === 504);
}

interface Answer {
  response: Response;
  text: string;
  blob: Blob | undefined;
}

/** The caller cancelled; `ambiguous` when a write may already have reached Graph. */
function cancelled(clientRequestId: string, cause: unknown, ambiguous: boolean): GraphError {
  return new GraphError({ kind: 'aborted', status: 0, code: 'aborted', message: 'The request was cancelled.', clientRequestId, ambiguous, cause });
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl);
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const clientPolicy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const sleep = options.sleep ?? cancellableSleep;
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;

  function resolveUrl(path: string): URL {
    const url = new URL(path, base);
    // Never send the user's token anywhere but the configured Graph origin, whatever a
    // server-provided nextLink says.
    if (url.origin !== base.origin) {
      throw new GraphError({
        kind: 'invalid-response',
        status: 0,
        code: 'untrustedUrl',
        message: `Refusing to call ${url.origin}: not the configured Graph origin.`,
      });
    }
    return url;
  }

  /** Sends once and reads the whole answer, within the time-out; transport failures become typed errors. */
  async function exchange<T>(request: GraphRequest<T>, url: URL, headers: Record<string, string>, clientRequestId: string): Promise<Answer> {
    const write = request.method !== 'GET';
    const controller = new AbortController();
    const outer = request.signal;
    const onAbort = () => controller.abort(abortReason(outer!));
    outer?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timeoutMs = request.timeoutMs ?? (write ? timeouts.writeMs : timeouts.readMs);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`No answer within ${timeoutMs} ms.`, 'TimeoutError'));
    }, timeoutMs);
    try {
      const response = await doFetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? null : JSON.stringify(request.body),
        signal: controller.signal,
      });
      const binary = request.responseType === 'blob' && response.ok;
      return binary ? { response, text: '', blob: await response.blob() } : { response, text: await response.text(), blob: undefined };
    } catch (cause) {
      if (outer?.aborted) {
        throw cancelled(clientRequestId, cause, write);
      }
      throw new GraphError({
        kind: timedOut ? 'timeout' : 'network',
        status: 0,
        code: timedOut ? 'timeout' : 'networkError',
        message: timedOut ? `Microsoft Graph did not answer within ${Math.round(timeoutMs / 1000)} s.` : 'Microsoft Graph could not be reached.',
        clientRequestId,
        ambiguous: write,
        cause,
      });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  async function attempt<T>(request: GraphRequest<T>, url: URL, clientRequestId: string, forceRefresh: boolean): Promise<GraphResponse<T>> {
    const token = await options.getAccessToken({ scopes: request.scopes, forceRefresh });
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...request.headers,
      Authorization: `Bearer ${token}`,
      'client-request-id': clientRequestId,
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';

    const { response, text, blob } = await exchange(request, url, headers, clientRequestId);
    const write = request.method !== 'GET';
    const requestId = response.headers.get('request-id') ?? undefined;
    let json: unknown = blob;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch (cause) {
        if (response.ok) {
          throw new GraphError({
            kind: 'invalid-response',
            status: response.status,
            code: 'invalidResponse',
            message: 'Microsoft Graph sent an answer that is not JSON.',
            requestId,
            clientRequestId,
            ambiguous: write,
            cause,
          });
        }
      }
    }

    if (!response.ok) {
      const parsed = parseGraphErrorBody(json);
      const claims = response.status === 401 ? readClaimsChallenge(response.headers.get('www-authenticate')) : undefined;
      throw new GraphError({
        kind: claims !== undefined ? 'claims-challenge' : 'http',
        status: response.status,
        code: parsed.code ?? `http${response.status}`,
        innerCode: parsed.innerCode,
        message: parsed.message ?? (response.statusText || `HTTP ${response.status}`),
        requestId: requestId ?? parsed.requestId,
        clientRequestId: parsed.clientRequestId ?? clientRequestId,
        date: parsed.date ?? response.headers.get('date') ?? undefined,
        retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after'), now()),
        claims,
        // A gateway time-out says nothing about whether the service behind it did the work.
        ambiguous: write && response.status === 504,
      });
    }

    const result = request.schema.safeParse(json);
    if (!result.success) {
      throw new GraphError({
        kind: 'invalid-response',
        status: response.status,
        code: 'invalidResponse',
        message: `Microsoft Graph sent an answer of an unexpected shape: ${result.error.issues
          .slice(0, 3)
          .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
          .join('; ')}`,
        requestId,
        clientRequestId,
        // The write was carried out, but what it did cannot be read from this answer.
        ambiguous: write,
        cause: result.error,
      });
    }
    return { data: result.data, status: response.status, requestId };
  }

  return {
    async request<T>(request: GraphRequest<T>): Promise<GraphResponse<T>> {
      const url = resolveUrl(request.path);
      const policy: RetryPolicy = { ...clientPolicy, ...request.retry };
      // One client-request-id for every attempt, so support can see the retries as one call.
      const clientRequestId = newRequestId();
      const started = now();
      let refreshed = false;
      let forceRefresh = false;
      for (let retries = 0; ;) {
        if (request.signal?.aborted) {
          throw cancelled(clientRequestId, abortReason(request.signal), false);
        }
        try {
          return await attempt(request, url, clientRequestId, forceRefresh);
        } catch (error) {
          forceRefresh = false;
          if (!(error instanceof GraphError)) throw error;
          // A refused token may only be stale (revoked, clock skew): one more try with a fresh one.
          if (error.kind === 'http' && error.status === 401 && !refreshed) {
            refreshed = true;
            forceRefresh = true;
            continue;
          }
          if (!retryable(error, request.method) || retries >= policy.maxRetries) throw error;
          const fromHeader = error.retryAfterSeconds !== undefined;
          const delayMs = fromHeader ? Math.ceil((error.retryAfterSeconds ?? 0) * 1000) : backoffMs(retries, policy, random);
          if (delayMs > policy.maxWaitMs || now() + delayMs - started > policy.budgetMs) throw error;
          retries += 1;
          const wait = {
            attempt: retries + 1,
            until: now() + delayMs,
            delayMs,
            source: fromHeader ? 'retry-after' : 'backoff',
            cause: error,
            method: request.method,
            path: request.path,
          } as const;
          options.onRetryWait?.(wait);
          request.onRetryWait?.(wait);
          try {
            await sleep(delayMs, request.signal);
          } catch (cause) {
            // Cancelled while waiting: nothing is in flight, and a 429/503 was not carried out.
            throw cancelled(clientRequestId, cause, error.ambiguous);
          }
        }
      }
    },
  };
}
