// Settings that tests, benchmarks and demos may change while the emulator runs, through the
// control API (PUT /_emulator/settings): token lifetime, global latency, whether browsers may
// read Retry-After, the resource-unit throttling budget, and the scopes the tenant refuses.
import type { EmulatorSettings } from './settings';

export interface ThrottleSettings {
  /** Resource units each user may spend per window (prices: docs/graph-behaviour.md#throttling). */
  budget: number;
  windowSeconds: number;
}

export class RuntimeSettings {
  accessTokenTtl: number;
  latencyMs: number;
  exposeRetryAfter: boolean;
  throttle: ThrottleSettings | null = null;
  /** Delegated scopes the tenant refuses: never granted, and asking for them fails as Entra fails consent. */
  refusedScopes: string[] = [];
  readonly #initial: Pick<RuntimeSettings, 'accessTokenTtl' | 'latencyMs' | 'exposeRetryAfter'>;

  constructor(settings: EmulatorSettings) {
    this.#initial = { accessTokenTtl: settings.accessTokenTtl, latencyMs: settings.latencyMs, exposeRetryAfter: settings.exposeRetryAfter };
    this.accessTokenTtl = settings.accessTokenTtl;
    this.latencyMs = settings.latencyMs;
    this.exposeRetryAfter = settings.exposeRetryAfter;
  }

  /** Back to the start-up values (POST /_emulator/reset). */
  reset(): void {
    Object.assign(this, this.#initial);
    this.throttle = null;
    this.refusedScopes = [];
  }

  snapshot() {
    return {
      accessTokenTtl: this.accessTokenTtl,
      latencyMs: this.latencyMs,
      exposeRetryAfter: this.exposeRetryAfter,
      throttle: this.throttle,
      refusedScopes: [...this.refusedScopes],
    };
  }
}
