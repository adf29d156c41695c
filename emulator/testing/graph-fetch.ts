// fetch bound to a running emulator's Graph origin, with an optional bearer token.
import type { RunningEmulator } from '../server';

export type GraphFetch = (path: string, init?: RequestInit) => Promise<Response>;

export function graphFetch(emulator: RunningEmulator, token?: string): GraphFetch {
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
    return fetch(`${emulator.graphUrl}${path}`, { ...init, headers });
  };
}

export function jsonBody(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/** Reads a JSON answer after checking its status; the body text is the failure message. */
export async function expectJson<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
