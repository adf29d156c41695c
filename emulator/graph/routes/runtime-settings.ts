// Validates PUT /_emulator/settings: any subset of the runtime settings; throttle null turns
// resource-unit throttling off.
import type { RuntimeSettings } from '../../runtime';
import { GRAPH_SCOPES } from '../../identity/constants';
import { invalidRequest } from '../errors';

const int = (value: unknown, name: string, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidRequest(`${name} must be an integer from ${min} to ${max}.`);
  }
  return value;
};

export function applyRuntimeSettings(runtime: RuntimeSettings, body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The body must be a JSON object.');
  const known = ['accessTokenTtl', 'latencyMs', 'exposeRetryAfter', 'throttle', 'refusedScopes'];
  const unknown = Object.keys(body).find((key) => !known.includes(key));
  if (unknown) throw invalidRequest(`Unknown setting '${unknown}'. Known: ${known.join(', ')}.`);
  const { accessTokenTtl, latencyMs, exposeRetryAfter, throttle, refusedScopes } = body as Record<string, unknown>;
  // Check everything before changing anything.
  const next = {
    accessTokenTtl: accessTokenTtl === undefined ? runtime.accessTokenTtl : int(accessTokenTtl, 'accessTokenTtl', 5, 86_400),
    latencyMs: latencyMs === undefined ? runtime.latencyMs : int(latencyMs, 'latencyMs', 0, 60_000),
    exposeRetryAfter: runtime.exposeRetryAfter,
    throttle: runtime.throttle,
    refusedScopes: runtime.refusedScopes,
  };
  if (refusedScopes !== undefined) {
    const grantable: readonly string[] = GRAPH_SCOPES;
    if (!Array.isArray(refusedScopes) || !refusedScopes.every((scope): scope is string => typeof scope === 'string' && grantable.includes(scope))) {
      throw invalidRequest(`refusedScopes must be an array of Graph scopes from: ${grantable.join(', ')}.`);
    }
    next.refusedScopes = [...new Set(refusedScopes)];
  }
  if (exposeRetryAfter !== undefined) {
    if (typeof exposeRetryAfter !== 'boolean') throw invalidRequest('exposeRetryAfter must be true or false.');
    next.exposeRetryAfter = exposeRetryAfter;
  }
  if (throttle === null) next.throttle = null;
  else if (throttle !== undefined) {
    if (typeof throttle !== 'object' || Array.isArray(throttle)) throw invalidRequest('throttle must be {"budget": N, "windowSeconds": S} or null.');
    const t = throttle as Record<string, unknown>;
    next.throttle = { budget: int(t.budget, 'throttle.budget', 1, 1_000_000), windowSeconds: int(t.windowSeconds ?? 60, 'throttle.windowSeconds', 1, 3600) };
  }
  Object.assign(runtime, next);
}
