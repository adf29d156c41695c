// Settings for the local emulator, read once from the environment and validated up front so a
// typo fails at start-up with a readable message instead of as a confusing sign-in error later.
//
// The emulator only ever runs in development and tests. It is not a production service: the
// control API is unauthenticated and every demo account shares one published password.

export interface EmulatorSettings {
  /** Port of the OpenID Provider (Entra ID stand-in). 0 picks a free port. */
  identityPort: number;
  /** Port of the Graph stand-in. 0 picks a free port. */
  graphPort: number;
  /** Origins of the app allowed to sign in (redirect URIs and token-endpoint CORS derive from these). */
  appOrigins: string[];
  /** Origins of portals that embed the app; with the app origins, the only origins CORS answers. */
  portalOrigins: string[];
  /** Lifetime of Graph access tokens, in seconds. */
  accessTokenTtl: number;
  /** Whether the unauthenticated /_emulator control API is served. */
  control: boolean;
  /** Silences the one-line-per-request log. */
  quiet: boolean;
  /** Milliseconds added to every Graph answer (benchmarks). */
  latencyMs: number;
  /** Whether Access-Control-Expose-Headers lists Retry-After (real Graph does not). */
  exposeRetryAfter: boolean;
}

export const defaultSettings: EmulatorSettings = {
  identityPort: 4000,
  graphPort: 4001,
  appOrigins: ['http://localhost:5173'],
  // The demo portal `npm run portal` serves (another site than the app, as a real portal is).
  portalOrigins: ['http://127.0.0.1:5180'],
  accessTokenTtl: 3600,
  control: true,
  quiet: false,
  latencyMs: 0,
  exposeRetryAfter: true,
};

export class SettingsError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid emulator settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/** Parses the EMULATOR_* variables; collects every problem before throwing so all can be fixed at once. */
export function parseSettings(env: Env): EmulatorSettings {
  const problems: string[] = [];

  const identityPort = readPort(env, 'EMULATOR_IDENTITY_PORT', defaultSettings.identityPort, problems);
  const graphPort = readPort(env, 'EMULATOR_GRAPH_PORT', defaultSettings.graphPort, problems);
  if (identityPort !== 0 && identityPort === graphPort) {
    problems.push(`EMULATOR_IDENTITY_PORT and EMULATOR_GRAPH_PORT must differ (both are ${identityPort}).`);
  }

  // Down to 5 seconds, so token renewal can be exercised in a test.
  const accessTokenTtl = readInteger(env, 'EMULATOR_ACCESS_TOKEN_TTL', defaultSettings.accessTokenTtl, 5, 86_400, problems);
  const latencyMs = readInteger(env, 'EMULATOR_LATENCY_MS', defaultSettings.latencyMs, 0, 60_000, problems);
  const exposeRetryAfter = readFlag(env, 'EMULATOR_EXPOSE_RETRY_AFTER', defaultSettings.exposeRetryAfter, problems);
  const control = readFlag(env, 'EMULATOR_CONTROL', defaultSettings.control, problems);
  const quiet = readFlag(env, 'EMULATOR_QUIET', defaultSettings.quiet, problems);
  const appOrigins = readOrigins(env, 'EMULATOR_APP_ORIGINS', defaultSettings.appOrigins, problems);
  const portalOrigins = readOrigins(env, 'EMULATOR_PORTAL_ORIGINS', defaultSettings.portalOrigins, problems);

  if (problems.length > 0) throw new SettingsError(problems);
  return { identityPort, graphPort, appOrigins, portalOrigins, accessTokenTtl, control, quiet, latencyMs, exposeRetryAfter };
}

function present(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  return readInteger(env, name, fallback, 0, 65_535, problems);
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
    return fallback;
  }
  return Number(raw);
}

function readFlag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (raw === '1') return true;
  if (raw === '0') return false;
  problems.push(`${name} must be 1 or 0, got "${raw}".`);
  return fallback;
}

function readOrigins(env: Env, name: string, fallback: string[], problems: string[]): string[] {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const origins: string[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    // Redirect URIs are compared exactly, so only a bare origin (no path, query or trailing slash) is accepted.
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== entry) {
      problems.push(`${name} entries must be origins like http://localhost:5173 (no path or trailing slash), got "${entry}".`);
      continue;
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  if (origins.length === 0 && !problems.some((p) => p.startsWith(name))) {
    problems.push(`${name} must list at least one origin.`);
  }
  return origins;
}
