// Counts the HTTP requests the emulator receives, per method and path, so a test can say "the
// invites travelled in at most 2 HTTP requests". The inner requests of a $batch come back into
// this app over HTTP too; they carry a marker only this process knows and are counted apart.
import { randomUUID } from 'node:crypto';
import type { GraphMiddleware } from './context';

export const INNER_REQUEST_HEADER = 'x-emulator-batch-inner';

export interface RequestCounts {
  /** Requests as clients sent them ("POST /v1.0/$batch": 2). */
  http: Record<string, number>;
  /** Requests that arrived inside a $batch ("POST /v1.0/drives/…/invite": 25). */
  inner: Record<string, number>;
}

export class RequestCounter {
  /** Sent by the $batch endpoint on each inner request; a client cannot guess it. */
  readonly innerMarker = randomUUID();
  #http = new Map<string, number>();
  #inner = new Map<string, number>();

  isInner(headerValue: string | undefined): boolean {
    return headerValue === this.innerMarker;
  }

  add(method: string, path: string, inner: boolean): void {
    const key = `${method.toUpperCase()} ${path}`;
    const map = inner ? this.#inner : this.#http;
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  /** Counts whose method matches (if given) and whose path matches the regular expression (if given). */
  snapshot(filter: { method?: string | undefined; path?: RegExp | undefined } = {}): RequestCounts & { total: { http: number; inner: number } } {
    const pick = (map: Map<string, number>) =>
      Object.fromEntries(
        [...map].filter(([key]) => {
          const [method = '', ...rest] = key.split(' ');
          return (!filter.method || filter.method.toUpperCase() === method) && (!filter.path || filter.path.test(rest.join(' ')));
        }),
      );
    const http = pick(this.#http);
    const inner = pick(this.#inner);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    return { http, inner, total: { http: sum(http), inner: sum(inner) } };
  }

  reset(): void {
    this.#http.clear();
    this.#inner.clear();
  }
}

/** Counts every Graph request (the control API is not counted) and marks inner ones in ctx.state. */
export function countRequests(counter: RequestCounter): GraphMiddleware {
  return async (ctx, next) => {
    const inner = counter.isInner(ctx.get(INNER_REQUEST_HEADER) || undefined);
    ctx.state.batchInner = inner;
    if (ctx.method !== 'OPTIONS') counter.add(ctx.method, ctx.path, inner);
    await next();
  };
}
