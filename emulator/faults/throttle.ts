// Resource-unit throttling as SharePoint and OneDrive do it behind Graph
// (docs/graph-behaviour.md#throttling): each request costs units (1 for a single-item read, 2 for a
// listing or a write, 5 for anything touching permissions, invite included), each user has a budget
// per window, and past it the answer is 429 with Retry-After until the window ends. RateLimit-*
// headers warn from 80% on.
import type { ThrottleSettings } from '../runtime';

export function resourceUnits(method: string, pathname: string): number {
  if (/\/(permissions|invite|microsoft\.graph\.invite)(\/|$)/.test(pathname)) return 5;
  if (method !== 'GET') return 2;
  if (/\/(children|search\(.*\)|sharedWithMe|people|users|groups|sites|memberOf|followedSites)$/.test(pathname)) return 2;
  return 1;
}

export interface ThrottleDecision {
  throttled: boolean;
  headers: Record<string, string>;
}

export class ResourceUnitMeter {
  #windows = new Map<string, { start: number; used: number }>();

  reset(): void {
    this.#windows.clear();
  }

  /** Counts the request (throttled ones count too, as Graph's do) and says whether to refuse it. */
  charge(settings: ThrottleSettings, caller: string, units: number, now = Date.now()): ThrottleDecision {
    const windowMs = settings.windowSeconds * 1000;
    let window = this.#windows.get(caller);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, used: 0 };
      this.#windows.set(caller, window);
    }
    window.used += units;
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    const remaining = Math.max(0, settings.budget - window.used);
    const headers: Record<string, string> = {};
    if (window.used >= settings.budget * 0.8) {
      Object.assign(headers, { 'RateLimit-Limit': String(settings.budget), 'RateLimit-Remaining': String(remaining), 'RateLimit-Reset': String(resetSeconds) });
    }
    if (window.used > settings.budget) return { throttled: true, headers: { ...headers, 'Retry-After': String(resetSeconds) } };
    return { throttled: false, headers };
  }
}
