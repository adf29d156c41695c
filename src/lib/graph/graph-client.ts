import type { z } from 'zod';
import { GraphError, parseGraphErrorBody } from './graph-error';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface GraphRequest<T> {
  method: HttpMethod;
  /** A path below the Graph base URL (`/v1.0/me`), or an `@odata.nextLink` on the same origin. */
  path: string;
  schema: z.ZodType<T>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** `blob` for binary answers such as `/photo/$value`; the schema then checks the Blob. */
  responseType?: 'json' | 'blob';
}

export interface GraphResponse<T> {
  data: T;
  status: number;
  requestId: string | undefined;
}

export interface GraphClient {
  request<T>(request: GraphRequest<T>): Promise<GraphResponse<T>>;
}

export interface GraphClientOptions {
  baseUrl: string;
  /** Resolves to a bearer token or rejects with a typed auth error, which is passed on untouched. */
  getAccessToken: () => Promise<string>;
  fetch?: typeof fetch;
  /** Retries of idempotent requests after 429/503/504 or a network failure. */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for; the error goes to the user instead. */
  maxRetryAfterSeconds?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  newRequestId?: () => string;
}

const RETRYABLE_STATUS = new Set([429, 503, 504]);
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/** Retry-After is seconds (possibly fractional) or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

function backoffMs(attempt: number): number {
  const base = 500 * 2 ** attempt;
  return base + Math.random() * base * 0.5;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl);
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 30;
  const sleep = options.sleep ?? defaultSleep;
  const newRequestId = options.newRequestId ?? (() => crypto.randomUUID());

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

  async function attempt<T>(request: GraphRequest<T>, url: URL, clientRequestId: string): Promise<GraphResponse<T>> {
    const token = await options.getAccessToken();
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...request.headers,
      Authorization: `Bearer ${token}`,
      'client-request-id': clientRequestId,
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? null : JSON.stringify(request.body),
        signal: request.signal ?? null,
      });
    } catch (cause) {
      const aborted = request.signal?.aborted === true;
      throw new GraphError({
        kind: aborted ? 'aborted' : 'network',
        status: 0,
        code: aborted ? 'aborted' : 'networkError',
        message: aborted ? 'The request was cancelled.' : 'Microsoft Graph could not be reached.',
        clientRequestId,
        cause,
      });
    }

    const requestId = response.headers.get('request-id') ?? undefined;
    const binary = request.responseType === 'blob' && response.ok;
    const text = binary ? '' : await response.text().catch(() => '');
    let json: unknown = binary ? await response.blob() : undefined;
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
            cause,
          });
        }
      }
    }

    if (!response.ok) {
      const parsed = parseGraphErrorBody(json);
      throw new GraphError({
        kind: 'http',
        status: response.status,
        code: parsed.code ?? `http${response.status}`,
        innerCode: parsed.innerCode,
        message: parsed.message ?? (response.statusText || `HTTP ${response.status}`),
        requestId: requestId ?? parsed.requestId,
        clientRequestId: parsed.clientRequestId ?? clientRequestId,
        date: parsed.date ?? response.headers.get('date') ?? undefined,
        retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
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
        cause: result.error,
      });
    }
    return { data: result.data, status: response.status, requestId };
  }

  return {
    async request<T>(request: GraphRequest<T>): Promise<GraphResponse<T>> {
      const url = resolveUrl(request.path);
      // One client-request-id for every attempt, so support can see the retries as one call.
      const clientRequestId = newRequestId();
      const retries = IDEMPOTENT.has(request.method) ? maxRetries : 0;
      for (let attemptNumber = 0; ; attemptNumber += 1) {
        try {
          return await attempt(request, url, clientRequestId);
        } catch (error) {
          if (!(error instanceof GraphError) || attemptNumber >= retries) throw error;
          const retryable = error.kind === 'network' || (error.kind === 'http' && RETRYABLE_STATUS.has(error.status));
          if (!retryable) throw error;
          if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > maxRetryAfter) throw error;
          const delay = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : backoffMs(attemptNumber);
          await sleep(delay, request.signal);
        }
      }
    },
  };
}
