/**
 * Settings are read once, at start-up, from the build environment (Vite's `import.meta.env`)
 * and validated here, so a wrong value fails loudly with its name instead of as a confusing
 * sign-in or network error later. The defaults point at the local emulator (`npm start`);
 * pointing the app at Entra ID and https://graph.microsoft.com is only a change of settings.
 *
 * Checked by hand rather than with a schema library: this runs before the first paint of every
 * page, and seven string settings do not justify shipping a validator to every visitor.
 */

/** What signing in asks for: the user's profile and the files to share. */
export const SIGN_IN_SCOPES = ['User.Read', 'Files.ReadWrite.All'] as const;

/**
 * Scopes a feature asks for when it is first used (incremental consent), passed as a Graph
 * request's `scopes`. Each is the least privileged delegated scope Graph documents for the call.
 */
export const FEATURE_SCOPES = {
  /** /me/people: suggestions from the people the user works with. */
  people: ['People.Read'],
  /** /users search, and other users' photos. */
  directoryUsers: ['User.ReadBasic.All'],
  /** /groups search. */
  groups: ['GroupMember.Read.All'],
  /** /me/followedSites: the site libraries the user follows. */
  followedSites: ['Sites.Read.All'],
} as const satisfies Record<string, readonly string[]>;

/** How many recipients one Send may name unless `VITE_RECIPIENT_CAP` says otherwise. */
export const DEFAULT_RECIPIENT_CAP = 50;

const DEFAULTS = {
  VITE_CLIENT_ID: 'share-dialog-spa',
  VITE_AUTHORITY: 'https://localhost:4000',
  VITE_AUTH_PROTOCOL: 'oidc',
  // Base URL of an OpenID provider that serves /auth, /token, /session/end and /jwks over plain
  // http (the local emulator). When set, MSAL gets these endpoints as static metadata and never
  // fetches discovery from the nominal https authority. Leave empty for Entra ID.
  VITE_OIDC_ENDPOINTS: 'http://localhost:4000',
  VITE_GRAPH_BASE_URL: 'http://localhost:4001',
  // The scopes asked for at sign-in and held by every token. The features' own scopes
  // (FEATURE_SCOPES) are asked for when first used, so a tenant that refuses one of them still
  // lists and shares files; a tenant that has consented to everything may list them all here to
  // get a single consent at sign-in.
  VITE_SCOPES: SIGN_IN_SCOPES.join(' '),
  // Portal origins allowed to embed the dialog (frame it and talk to it); space- or comma-separated.
  // The default is the demo portal that `npm start` runs.
  VITE_EMBED_ALLOWED_ORIGINS: 'http://127.0.0.1:5180',
  // Graph does not publish a recipient limit for invite; a cap keeps one mistaken paste from
  // inviting a whole address book.
  VITE_RECIPIENT_CAP: String(DEFAULT_RECIPIENT_CAP),
  // How long one attempt of a Graph call may take before it is given up as a time-out (reads are
  // then retried, writes are not). Short values let the end-to-end fault matrix time out in seconds.
  VITE_GRAPH_READ_TIMEOUT_MS: '20000',
  VITE_GRAPH_WRITE_TIMEOUT_MS: '30000',
} as const;

type Key = keyof typeof DEFAULTS;

const list = (value: string) => value.split(/[\s,]+/).filter(Boolean);

function httpUrl(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const protocol = new URL(value).protocol;
  return protocol === 'http:' || protocol === 'https:' ? value.replace(/\/+$/, '') : undefined;
}

export interface AuthSettings {
  clientId: string;
  authority: string;
  /** host:port of the authority; MSAL needs it for any authority that is not Microsoft's. */
  knownAuthority: string;
  protocol: 'aad' | 'oidc';
  /** Static OpenID metadata (JSON) when the provider's endpoints differ from the authority's. */
  authorityMetadata: string | undefined;
  scopes: string[];
}

export interface Settings {
  auth: AuthSettings;
  graphBaseUrl: string;
  /** Most recipients one Send may name. */
  recipientCap: number;
  /** Per-attempt time-outs of Graph calls, in milliseconds. */
  graphTimeouts: { readMs: number; writeMs: number };
  embed: {
    /** Origins of the portals that may frame the dialog and talk to it (exact matches). */
    allowedOrigins: string[];
  };
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(readonly problems: string[]) {
    super(`Invalid settings: ${problems.join('; ')}`);
  }
}

type Env = Record<string, string | boolean | undefined>;

export function loadSettings(env: Env): Settings {
  const problems: string[] = [];
  // Empty strings in .env files mean "not set", except where '' is itself meaningful.
  const read = (key: Key): string => {
    const value = env[key];
    if (typeof value !== 'string' || (value === '' && key !== 'VITE_OIDC_ENDPOINTS')) return DEFAULTS[key];
    return value.trim();
  };
  const url = (key: Key, value: string, rule = 'must be an http(s) URL'): string => {
    const parsed = httpUrl(value);
    if (parsed === undefined) problems.push(`${key} ${rule}`);
    return parsed ?? '';
  };

  const clientId = read('VITE_CLIENT_ID');
  if (clientId === '') problems.push('VITE_CLIENT_ID must not be empty');

  const authority = url('VITE_AUTHORITY', read('VITE_AUTHORITY'));
  if (authority !== '' && !authority.startsWith('https://')) problems.push('VITE_AUTHORITY must be an https URL (MSAL refuses http authorities)');

  const protocolValue = read('VITE_AUTH_PROTOCOL');
  const protocol = protocolValue === 'aad' || protocolValue === 'oidc' ? protocolValue : undefined;
  if (!protocol) problems.push(`VITE_AUTH_PROTOCOL must be 'aad' or 'oidc', not '${protocolValue}'`);

  const endpointsValue = read('VITE_OIDC_ENDPOINTS');
  const endpoints = endpointsValue === '' ? '' : url('VITE_OIDC_ENDPOINTS', endpointsValue);
  const graphBaseUrl = url('VITE_GRAPH_BASE_URL', read('VITE_GRAPH_BASE_URL'));

  const scopes = list(read('VITE_SCOPES'));
  if (scopes.length === 0) problems.push('VITE_SCOPES must name at least one scope');

  const allowedOrigins = list(read('VITE_EMBED_ALLOWED_ORIGINS'));
  allowedOrigins.forEach((origin, index) => {
    if (httpUrl(origin) === undefined) problems.push(`VITE_EMBED_ALLOWED_ORIGINS.${index} must list origins such as https://portal.contoso.com`);
    else if (new URL(origin).origin !== origin)
      problems.push(`VITE_EMBED_ALLOWED_ORIGINS.${index} must list bare origins (scheme, host and port, no path or trailing slash)`);
  });

  const capValue = read('VITE_RECIPIENT_CAP');
  const recipientCap = capValue === '' ? NaN : Number(capValue);
  if (!Number.isInteger(recipientCap)) problems.push('VITE_RECIPIENT_CAP must be a whole number');
  else if (recipientCap < 1) problems.push('VITE_RECIPIENT_CAP must be at least 1');
  else if (recipientCap > 500) problems.push('VITE_RECIPIENT_CAP must be at most 500');

  const timeout = (key: 'VITE_GRAPH_READ_TIMEOUT_MS' | 'VITE_GRAPH_WRITE_TIMEOUT_MS'): number => {
    const value = Number(read(key));
    if (!Number.isInteger(value) || value < 1000 || value > 300_000) problems.push(`${key} must be a whole number of milliseconds from 1000 to 300000`);
    return value;
  };
  const graphTimeouts = { readMs: timeout('VITE_GRAPH_READ_TIMEOUT_MS'), writeMs: timeout('VITE_GRAPH_WRITE_TIMEOUT_MS') };

  if (problems.length > 0 || !protocol) throw new SettingsError(problems);
  return {
    auth: {
      clientId,
      authority,
      knownAuthority: new URL(authority).host,
      protocol,
      authorityMetadata:
        protocol === 'oidc' && endpoints
          ? JSON.stringify({
              issuer: endpoints,
              authorization_endpoint: `${endpoints}/auth`,
              token_endpoint: `${endpoints}/token`,
              end_session_endpoint: `${endpoints}/session/end`,
              jwks_uri: `${endpoints}/jwks`,
            })
          : undefined,
      scopes,
    },
    graphBaseUrl,
    recipientCap,
    graphTimeouts,
    embed: { allowedOrigins },
  };
}
