import * as z from 'zod/mini';
import type { GraphClient, GraphRequest } from './graph-client';
import { GraphError, parseGraphErrorBody } from './graph-error';
import { backoffMs, cancellableSleep, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy, type RetryWaitListener } from './retry-policy';

/**
 * JSON batching (docs/graph-behaviour.md#batch): many requests in few `POST /v1.0/$batch` round
 * trips. Graph takes at most 20 requests per batch and answers each one on its own, in any order,
 * matched by id; a throttled inner request (429/503) carries its own Retry-After in its inner
 * headers and was not carried out, so it alone is sent again in a later batch after that wait.
 * The batch POST itself goes through the client, so its own 429/503, time-outs, token refresh and
 * budgets are handled as for any request.
 */

/**
 * One inner request: what a GraphClient request says, but JSON only (a batch carries no Blob), with
 * no signal or timeout of its own (the batch has them). Its schema is for a successful inner
 * answer's body (undefined for a 204).
 */
export interface BatchRequest<T> extends Pick<GraphRequest<T>, 'method' | 'schema' | 'body' | 'headers'> {
  /** A path below the Graph base URL (`/v1.0/drives/…`); unlike GraphClient's, never an absolute link. */
  path: string;
  /** Indexes (into the same request list) that must succeed first; they travel in the same batch. */
  dependsOn?: readonly number[];
}

export type BatchResult<T> = { ok: true; status: number; data: T; requestId: string | undefined } | { ok: false; error: GraphError };

export interface BatchOptions<T> {
  /** Aborting stops sending further batches (and ends retry waits); what is in flight finishes, so its outcome is known. */
  signal?: AbortSignal | undefined;
  /** Batches in flight at once, 1 to 4 (default 3). */
  concurrency?: number;
  /** Requests per batch, 1 to 20 (default 20, Graph's limit). */
  batchSize?: number;
  /** Retries of a throttled inner request: at most maxRetries, each wait within maxWaitMs, all within budgetMs. */
  retry?: Partial<RetryPolicy>;
  /** Each request's final outcome, as soon as it is known (index into the request list). */
  onResult?: (index: number, result: BatchResult<T>) => void;
  /** Before an inner request waits for its retry. */
  onRetryWait?: RetryWaitListener;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export const MAX_BATCH_SIZE = 20;
export const MAX_BATCHES_IN_FLIGHT = 4;

const innerResponseSchema = z.object({
  id: z.string(),
  status: z.int().check(z.minimum(100), z.maximum(599)),
  headers: z.optional(z.unknown()),
  body: z.optional(z.unknown()),
});
const batchAnswerSchema = z.object({ responses: z.array(z.unknown()) });

/** Graph sends header names in any case; only string values are kept. */
function readHeaders(value: unknown): Map<string, string> {
  const headers = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return headers;
  for (const [name, v] of Object.entries(value)) if (typeof v === 'string') headers.set(name.toLowerCase(), v);
  return headers;
}

const NOT_CARRIED_OUT = new Set([429, 503]);

interface Pending {
  index: number;
  attempts: number;
  notBefore: number;
}

/** Requests joined by dependsOn must share a batch: union-find over the indexes. */
function groupsOf(requests: readonly BatchRequest<unknown>[], batchSize: number): number[][] {
  const parent = requests.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  requests.forEach((request, i) => {
    for (const dep of request.dependsOn ?? []) {
      if (!Number.isInteger(dep) || dep < 0 || dep >= requests.length || dep === i)
        throw new RangeError(`Request ${i} depends on ${dep}, which is not another request.`);
      parent[find(i)] = find(dep);
    }
  });
  const groups = new Map<number, number[]>();
  requests.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const list = [...groups.values()];
  if (list.some((g) => g.length > batchSize)) throw new RangeError(`Requests joined by dependsOn cannot exceed ${batchSize} (one batch).`);
  return list;
}

function innerPath(path: string): string {
  // Inner urls are relative to the version: "/drives/…", not "/v1.0/drives/…".
  return path.replace(/^\/v1\.0(?=\/)/, '');
}

export async function sendBatched<T>(client: GraphClient, requests: readonly BatchRequest<T>[], options: BatchOptions<T> = {}): Promise<BatchResult<T>[]> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const batchSize = Math.min(MAX_BATCH_SIZE, Math.max(1, options.batchSize ?? MAX_BATCH_SIZE));
  const concurrency = Math.min(MAX_BATCHES_IN_FLIGHT, Math.max(1, options.concurrency ?? 3));
  const sleep = options.sleep ?? cancellableSleep;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const signal = options.signal;
  const started = now();

  const results: (BatchResult<T> | undefined)[] = requests.map(() => undefined);
  const settle = (index: number, result: BatchResult<T>) => {
    results[index] = result;
    options.onResult?.(index, result);
  };
  // Each queue entry is a group sent together; a group shrinks to what still needs sending.
  const queue: Pending[][] = groupsOf(requests, batchSize).map((g) => g.map((index) => ({ index, attempts: 0, notBefore: started })));

  function takeBatch(at: number): Pending[] {
    const batch: Pending[] = [];
    for (let i = 0; i < queue.length;) {
      const group = queue[i]!;
      const ready = group.every((p) => p.notBefore <= at);
      if (ready && batch.length + group.length <= batchSize) {
        batch.push(...group);
        queue.splice(i, 1);
      } else i += 1;
    }
    return batch;
  }

  function innerError(request: BatchRequest<T>, status: number, headers: Map<string, string>, body: unknown, batchRequestId: string | undefined): GraphError {
    const parsed = parseGraphErrorBody(body);
    return new GraphError({
      kind: 'http',
      status,
      code: parsed.code ?? (status === 424 ? 'failedDependency' : `http${status}`),
      innerCode: parsed.innerCode,
      message: parsed.message ?? `HTTP ${status}`,
      requestId: headers.get('request-id') ?? parsed.requestId ?? batchRequestId,
      clientRequestId: headers.get('client-request-id') ?? parsed.clientRequestId,
      date: parsed.date,
      retryAfterSeconds: parseRetryAfter(headers.get('retry-after') ?? null, now()),
      ambiguous: request.method !== 'GET' && status === 504,
    });
  }

  async function runBatch(batch: Pending[]): Promise<void> {
    const members = new Set(batch.map((p) => p.index));
    const body = {
      requests: batch.map(({ index }) => {
        const request = requests[index]!;
        const dependsOn = (request.dependsOn ?? []).filter((d) => members.has(d)).map(String);
        return {
          id: String(index),
          method: request.method,
          url: innerPath(request.path),
          headers: { ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...request.headers },
          ...(request.body !== undefined ? { body: request.body } : {}),
          ...(dependsOn.length > 0 ? { dependsOn } : {}),
        };
      }),
    };
    let answers: Map<string, z.infer<typeof innerResponseSchema>>;
    let batchRequestId: string | undefined;
    try {
      const response = await client.request({ method: 'POST', path: '/v1.0/$batch', body, schema: batchAnswerSchema, onRetryWait: options.onRetryWait });
      batchRequestId = response.requestId;
      answers = new Map();
      for (const raw of response.data.responses) {
        const parsed = innerResponseSchema.safeParse(raw);
        if (parsed.success && !answers.has(parsed.data.id)) answers.set(parsed.data.id, parsed.data);
      }
    } catch (error) {
      const failure =
        error instanceof GraphError
          ? error
          : new GraphError({ kind: 'invalid-response', status: 0, code: 'unexpectedError', message: String(error), cause: error, ambiguous: true });
      for (const { index } of batch) settle(index, { ok: false, error: failure });
      return;
    }

    const retried = new Map<number, Pending>();
    const failedDependents: number[] = [];
    for (const pending of batch) {
      const request = requests[pending.index]!;
      const answer = answers.get(String(pending.index));
      if (!answer) {
        settle(pending.index, {
          ok: false,
          error: new GraphError({
            kind: 'invalid-response',
            status: 200,
            code: 'invalidResponse',
            message: 'Microsoft Graph did not answer this request of the batch.',
            requestId: batchRequestId,
            ambiguous: request.method !== 'GET',
          }),
        });
        continue;
      }
      const headers = readHeaders(answer.headers);
      const requestId = headers.get('request-id') ?? batchRequestId;
      if (answer.status >= 200 && answer.status < 300) {
        const data = request.schema.safeParse(answer.body);
        settle(
          pending.index,
          data.success
            ? { ok: true, status: answer.status, data: data.data, requestId }
            : {
                ok: false,
                error: new GraphError({
                  kind: 'invalid-response',
                  status: answer.status,
                  code: 'invalidResponse',
                  message: `Microsoft Graph sent an answer of an unexpected shape: ${data.error.issues
                    .slice(0, 3)
                    .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
                    .join('; ')}`,
                  requestId,
                  ambiguous: request.method !== 'GET',
                  cause: data.error,
                }),
              },
        );
        continue;
      }
      const error = innerError(request, answer.status, headers, answer.body, batchRequestId);
      if (answer.status === 424) {
        failedDependents.push(pending.index);
        results[pending.index] = { ok: false, error };
        continue;
      }
      if (NOT_CARRIED_OUT.has(answer.status) && pending.attempts < policy.maxRetries) {
        const fromHeader = error.retryAfterSeconds !== undefined;
        const delayMs = fromHeader ? Math.ceil((error.retryAfterSeconds ?? 0) * 1000) : backoffMs(pending.attempts, policy, random);
        const until = now() + delayMs;
        if (delayMs <= policy.maxWaitMs && until - started <= policy.budgetMs) {
          retried.set(pending.index, { index: pending.index, attempts: pending.attempts + 1, notBefore: until });
          options.onRetryWait?.({
            attempt: pending.attempts + 2,
            until,
            delayMs,
            source: fromHeader ? 'retry-after' : 'backoff',
            cause: error,
            method: request.method,
            path: request.path,
          });
          continue;
        }
      }
      settle(pending.index, { ok: false, error });
    }

    // A request that failed only because a prerequisite was throttled goes again with it; one
    // whose prerequisite failed for good fails for good.
    const retriedSoon = (index: number): boolean =>
      (requests[index]!.dependsOn ?? []).some((d) => retried.has(d) || (failedDependents.includes(d) && retriedSoon(d)));
    const regroup = new Map<number, Pending>(retried);
    for (const index of failedDependents) {
      if (retriedSoon(index)) {
        const notBefore = Math.max(...(requests[index]!.dependsOn ?? []).map((d) => regroup.get(d)?.notBefore ?? 0));
        regroup.set(index, { index, attempts: batch.find((p) => p.index === index)!.attempts, notBefore });
        results[index] = undefined;
      } else {
        settle(index, results[index]!);
      }
    }
    // Keep dependency groups together for the next batch.
    const byGroup = new Map<number, Pending[]>();
    for (const pending of regroup.values()) {
      const root = groupRoot(pending.index);
      byGroup.set(root, [...(byGroup.get(root) ?? []), pending]);
    }
    for (const group of byGroup.values()) {
      const notBefore = Math.max(...group.map((p) => p.notBefore));
      queue.push(group.map((p) => ({ ...p, notBefore })));
    }
  }

  const rootOf = new Map<number, number>();
  for (const group of queue) for (const p of group) rootOf.set(p.index, group[0]!.index);
  const groupRoot = (index: number) => rootOf.get(index) ?? index;

  const inFlight = new Set<Promise<void>>();
  while (queue.length > 0 || inFlight.size > 0) {
    if (signal?.aborted) {
      for (const group of queue.splice(0)) {
        for (const { index } of group) {
          settle(index, {
            ok: false,
            error: new GraphError({ kind: 'aborted', status: 0, code: 'aborted', message: 'The request was cancelled before it was sent.', ambiguous: false }),
          });
        }
      }
      await Promise.all(inFlight);
      break;
    }
    const at = now();
    while (inFlight.size < concurrency) {
      const batch = takeBatch(at);
      if (batch.length === 0) break;
      const running: Promise<void> = runBatch(batch).finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
    const waiting = queue.flat().map((p) => p.notBefore);
    const timer = new AbortController();
    const wakeups: Promise<unknown>[] = [...inFlight];
    if (inFlight.size < concurrency && waiting.length > 0) {
      const nextAt = Math.min(...waiting);
      wakeups.push(sleep(Math.max(0, nextAt - at), timer.signal).catch(() => undefined));
    }
    if (signal) wakeups.push(new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true, signal: timer.signal })));
    await Promise.race(wakeups);
    timer.abort();
  }
  return results.map(
    (result) =>
      result ?? { ok: false, error: new GraphError({ kind: 'aborted', status: 0, code: 'aborted', message: 'The request was not sent.', ambiguous: false }) },
  );
}
