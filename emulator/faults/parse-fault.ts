// Validates the body of POST /_emulator/faults and fills in Graph's usual code and a message
// for the status, so a test only has to say what matters to it.

import type { FaultRule } from './fault-registry';

export class FaultRuleError extends Error {}

const DEFAULTS: Record<number, { code: string; message: string }> = {
  400: { code: 'invalidRequest', message: 'Invalid request' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  403: { code: 'accessDenied', message: 'Access denied' },
  404: { code: 'itemNotFound', message: 'The resource could not be found.' },
  409: { code: 'nameAlreadyExists', message: 'The specified item name already exists.' },
  429: { code: 'activityLimitReached', message: 'The request has been throttled.' },
  500: { code: 'generalException', message: 'An unspecified error has occurred.' },
  503: { code: 'serviceNotAvailable', message: 'The service is not available. Try the request again after a delay.' },
  504: { code: 'gatewayTimeout', message: 'The operation timed out.' },
};

export function defaultsForStatus(status: number): { code: string; message: string } {
  return DEFAULTS[status] ?? (status >= 500 ? DEFAULTS[500]! : DEFAULTS[400]!);
}

/** What continuous access evaluation asks for: a token issued after now (nbf). */
const DEFAULT_CLAIMS = () => ({ access_token: { nbf: { essential: true, value: String(Math.floor(Date.now() / 1000)) } } });

function isClaimsJson(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return isObject(JSON.parse(value));
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseFaultRule(body: unknown): FaultRule {
  if (!isObject(body)) throw new FaultRuleError('The body must be a JSON object.');
  const { method, scope, path, status, code, message, headers, times, fraction, delayMs = 0, drop, malformed, dropAfter, hang, claims } = body;

  if (method !== undefined && (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method))) {
    throw new FaultRuleError('method must be an HTTP method name such as "POST".');
  }
  if (scope !== undefined && scope !== 'inner' && scope !== 'direct') throw new FaultRuleError('scope must be "inner" (requests inside a $batch) or "direct".');
  if (typeof path !== 'string' || path === '') throw new FaultRuleError('path must be a regular expression string, e.g. "/invite$".');
  try {
    new RegExp(path);
  } catch {
    throw new FaultRuleError(`path "${path}" is not a valid regular expression.`);
  }
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599)) {
    throw new FaultRuleError('status must be an integer from 400 to 599 (or 200 to 599 with "malformed").');
  }
  if (code !== undefined && typeof code !== 'string') throw new FaultRuleError('code must be a string.');
  if (message !== undefined && typeof message !== 'string') throw new FaultRuleError('message must be a string.');
  if (headers !== undefined && (!isObject(headers) || !Object.values(headers).every((v) => typeof v === 'string'))) {
    throw new FaultRuleError('headers must be an object of string values, e.g. {"Retry-After": "2"}.');
  }
  if (times !== undefined && (typeof times !== 'number' || !Number.isInteger(times) || times < 1))
    throw new FaultRuleError('times must be a positive integer.');
  if (fraction !== undefined && (typeof fraction !== 'number' || !(fraction > 0 && fraction <= 1)))
    throw new FaultRuleError('fraction must be a number above 0 and at most 1.');
  if (typeof delayMs !== 'number' || !Number.isInteger(delayMs) || delayMs < 0 || delayMs > 120_000)
    throw new FaultRuleError('delayMs must be an integer from 0 to 120000.');
  if (drop !== undefined && typeof drop !== 'boolean') throw new FaultRuleError('drop must be true or false.');
  if (malformed !== undefined && typeof malformed !== 'boolean') throw new FaultRuleError('malformed must be true or false.');
  if (dropAfter !== undefined && typeof dropAfter !== 'boolean') throw new FaultRuleError('dropAfter must be true or false.');
  if (hang !== undefined && typeof hang !== 'boolean') throw new FaultRuleError('hang must be true or false.');
  if (claims !== undefined && claims !== true && !isClaimsJson(claims)) {
    throw new FaultRuleError('claims must be true or a JSON object in a string, such as {"access_token":{"acrs":{"essential":true,"value":"c1"}}}.');
  }
  const special = { drop: drop === true, malformed: malformed === true, dropAfter: dropAfter === true, hang: hang === true, claims: claims !== undefined };
  const chosen = Object.entries(special)
    .filter(([, on]) => on)
    .map(([name]) => name);
  if (chosen.length > 1) throw new FaultRuleError(`Use only one of drop, dropAfter, hang, malformed and claims (got ${chosen.join(', ')}).`);
  if ((special.drop || special.dropAfter || special.hang) && status !== undefined) throw new FaultRuleError('A dropped or hung connection has no status.');
  if (special.claims && status !== undefined) throw new FaultRuleError('A claims challenge is always 401; leave status out.');
  if (chosen.length === 0 && status === undefined && delayMs === 0) {
    throw new FaultRuleError('Give a status (400 to 599), "drop", "dropAfter", "hang", "malformed" or "claims", or a "delayMs".');
  }
  if (malformed !== true && typeof status === 'number' && status < 400) throw new FaultRuleError('status must be an integer from 400 to 599.');

  let effect: FaultRule['effect'] | undefined;
  if (drop === true) effect = { kind: 'drop' };
  else if (dropAfter === true) effect = { kind: 'drop-after' };
  else if (hang === true) effect = { kind: 'hang' };
  else if (claims !== undefined) effect = { kind: 'claims', claims: typeof claims === 'string' ? claims : JSON.stringify(DEFAULT_CLAIMS()) };
  else if (malformed === true) effect = { kind: 'malformed', status: typeof status === 'number' ? status : 200 };
  else if (typeof status === 'number') {
    const defaults = defaultsForStatus(status);
    effect = { kind: 'status', status, code: code ?? defaults.code, message: message ?? defaults.message };
  }
  return {
    ...(method ? { method: method.toUpperCase() } : {}),
    ...(scope === 'inner' || scope === 'direct' ? { scope } : {}),
    path,
    // A latency-only rule answers normally after the delay.
    effect: effect ?? { kind: 'status', status: 0, code: '', message: '' },
    delayMs,
    headers: (headers ?? {}) as Record<string, string>,
    // A fraction without a count keeps applying until the rules are cleared.
    times: typeof times === 'number' ? times : fraction !== undefined ? null : 1,
    fraction: typeof fraction === 'number' ? fraction : 1,
  };
}
