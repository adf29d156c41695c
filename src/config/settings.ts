import { z } from 'zod';

/**
 * Settings are read once, at start-up, from the build environment (Vite's `import.meta.env`)
 * and validated here, so a wrong value fails loudly with its name instead of as a confusing
 * sign-in or network error later. The defaults point at the local emulator (`npm start`);
 * pointing the app at Entra ID and https://graph.microsoft.com is only a change of settings.
 */

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .transform((value) => value.replace(/\/+$/, ''));

const scopeList = z
  .string()
  .trim()
  .min(1, 'must name at least one scope')
  .transform((value) => value.split(/[\s,]+/).filter(Boolean));

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

const envSchema = z.object({
  VITE_CLIENT_ID: z.string().trim().min(1).default('share-dialog-spa'),
  VITE_AUTHORITY: httpUrl
    .refine((value) => value.startsWith('https://'), 'must be an https URL (MSAL refuses http authorities)')
    .default('https://localhost:4000'),
  VITE_AUTH_PROTOCOL: z.enum(['aad', 'oidc']).default('oidc'),
  // Base URL of an OpenID provider that serves /auth, /token, /session/end and /jwks over plain
  // http (the local emulator). When set, MSAL gets these endpoints as static metadata and never
  // fetches discovery from the nominal https authority. Leave empty for Entra ID.
  VITE_OIDC_ENDPOINTS: z.union([z.literal(''), httpUrl]).default('http://localhost:4000'),
  VITE_GRAPH_BASE_URL: httpUrl.default('http://localhost:4001'),
  // The scopes asked for at sign-in and held by every token. The features' own scopes
  // (FEATURE_SCOPES) are asked for when first used, so a tenant that refuses one of them still
  // lists and shares files; a tenant that has consented to everything may list them all here to
  // get a single consent at sign-in.
  VITE_SCOPES: scopeList.default([...SIGN_IN_SCOPES]),
  // Portal origins allowed to embed the dialog (frame it and talk to it); space- or comma-separated.
  // The default is the demo portal that `npm start` runs.
  VITE_EMBED_ALLOWED_ORIGINS: z
    .string()
    .trim()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must list origins such as https://portal.contoso.com' }).refine((value) => URL.canParse(value) && new URL(value).origin === value, 'must list bare origins (scheme, host and port, no path or trailing slash)')))
    .default(['http://127.0.0.1:5180']),
  // Graph does not publish a recipient limit for invite; a cap keeps one mistaken paste from
  // inviting a whole address book.
  VITE_RECIPIENT_CAP: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(DEFAULT_RECIPIENT_CAP),
});

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
  // Empty strings in .env files mean "not set", except where '' is itself meaningful.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => typeof value === 'string' && (value !== '' || key === 'VITE_OIDC_ENDPOINTS')),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const env2 = parsed.data;
  const endpoints = env2.VITE_OIDC_ENDPOINTS;
  return {
    auth: {
      clientId: env2.VITE_CLIENT_ID,
      authority: env2.VITE_AUTHORITY,
      knownAuthority: new URL(env2.VITE_AUTHORITY).host,
      protocol: env2.VITE_AUTH_PROTOCOL,
      authorityMetadata:
        env2.VITE_AUTH_PROTOCOL === 'oidc' && endpoints
          ? JSON.stringify({
              issuer: endpoints,
              authorization_endpoint: `${endpoints}/auth`,
              token_endpoint: `${endpoints}/token`,
              end_session_endpoint: `${endpoints}/session/end`,
              jwks_uri: `${endpoints}/jwks`,
            })
          : undefined,
      scopes: env2.VITE_SCOPES,
    },
    graphBaseUrl: env2.VITE_GRAPH_BASE_URL,
    recipientCap: env2.VITE_RECIPIENT_CAP,
    embed: { allowedOrigins: env2.VITE_EMBED_ALLOWED_ORIGINS },
  };
}
