import type { GraphError } from './graph-error';

/**
 * How the client retries. Graph sends 429 and 503 only for requests it did not carry out, so those
 * are retried for every method, POST included; a time-out, a dropped connection or a 504 may hide a
 * request that did run, so those are retried only for idempotent methods.
 */
export interface RetryPolicy {
  /** Retries after the first attempt (so at most `maxRetries + 1` attempts). */
  maxRetries: number;
  /** A single wait longer than this (a long Retry-After) is not waited for: the error goes to the caller. */
  maxWaitMs: number;
  /** Overall budget: no retry is started if its wait would end later than this after the first attempt began. */
  budgetMs: number;
  /** Backoff when Retry-After is missing or unreadable (it is often not CORS-exposed): full jitter over base·2^n, capped. */
  backoffBaseMs: number;
  backoffCapMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  maxWaitMs: 60_000,
  budgetMs: 120_000,
  backoffBaseMs: 1_000,
  backoffCapMs: 30_000,
};

/** Per-attempt time-outs: a write gets longer than a read before it is given up. */
export interface Timeouts {
  readMs: number;
  writeMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { readMs: 20_000, writeMs: 30_000 };

/**
 * What the client tells its observers before it waits to try again, so a screen can say
 * "Microsoft Graph is busy; trying again in N s" and count down to `until`, with a Cancel that
 * aborts the request's signal (which ends the wait at once with an `aborted` GraphError).
 */
export interface RetryWait {
  /** The number of the attempt that follows the wait (2 for the first retry). */
  attempt: number;
  /** Epoch milliseconds when the next attempt starts. */
  until: number;
  delayMs: number;
  /** `retry-after`: Graph said how long; `backoff`: it did not (or the header was not readable), so we guess. */
  source: 'retry-after' | 'backoff';
  /** The failure that is being retried (429, 503, a time-out…). */
  cause: GraphError;
  method: string;
  path: string;
}

export type RetryWaitListener = (wait: RetryWait) => void;

/** Retry-After is seconds (possibly fractional) or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  // An HTTP date names its day and month; Date.parse would also read "-3" as a year.
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** Full jitter (a uniformly random wait up to the exponential bound) spreads clients out best. */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'backoffBaseMs' | 'backoffCapMs'>, random: () => number): number {
  const bound = Math.min(policy.backoffCapMs, policy.backoffBaseMs * 2 ** retry);
  return Math.floor(random() * bound);
}

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** A timer that ends early, rejecting with the signal's reason, when the signal aborts. */
export function cancellableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
