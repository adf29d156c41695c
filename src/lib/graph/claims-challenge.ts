/**
 * Claims challenges (Conditional Access, continuous access evaluation): Graph answers 401 with
 * `WWW-Authenticate: Bearer realm="", authorization_uri="…", error="insufficient_claims",
 * claims="<base64 JSON>"`. The decoded JSON goes unchanged into the token request's `claims`.
 */

/** The auth-params of a `WWW-Authenticate: Bearer …` header, names lower-cased. */
export function parseBearerChallenge(header: string | null): Record<string, string> | undefined {
  if (!header) return undefined;
  const match = /^\s*Bearer\b(.*)$/is.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/g;
  for (const [, name, quoted, token] of (match[1] ?? '').matchAll(pattern)) {
    if (name) params[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (token ?? '');
  }
  return params;
}

/** base64 or base64url, padded or not, to the UTF-8 text it encodes; undefined when it is not that. */
export function decodeBase64Text(value: string): string | undefined {
  const normal = value.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normal)) return undefined;
  try {
    const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    // Not base64, or not UTF-8: not a claims challenge we can act on.
    return undefined;
  }
}

/** The claims JSON of an `insufficient_claims` challenge, or undefined when the header is anything else. */
export function readClaimsChallenge(header: string | null): string | undefined {
  const params = parseBearerChallenge(header);
  if (params?.error !== 'insufficient_claims' || !params.claims) return undefined;
  const json = decodeBase64Text(params.claims);
  if (json === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? json : undefined;
  } catch {
    return undefined;
  }
}
