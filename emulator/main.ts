// Entry point: `npm run emulator` (tsx emulator/main.ts). Reads EMULATOR_* settings, starts the
// identity and Graph stand-ins, prints where they are and how to sign in, and stops cleanly on
// Ctrl+C or SIGTERM. For development and tests only, never production.
import { CLIENT_ID } from './identity/constants';
import type { RunningEmulator } from './server';
import { SettingsError, parseSettings, type EmulatorSettings } from './settings';

function readSettingsOrExit(): EmulatorSettings {
  try {
    return parseSettings(process.env);
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

function banner(emulator: RunningEmulator, settings: EmulatorSettings): string {
  const { identityUrl: id, graphUrl: graph } = emulator;
  const rows = (pairs: [string, string][]) => pairs.map(([k, v]) => `    ${k.padEnd(22)}${v}`).join('\n');
  const users = emulator.store.listUsers();
  const nameWidth = Math.max(...users.map((u) => u.displayName.length), 4) + 2;
  const mailWidth = Math.max(...users.map((u) => u.mail.length), 5) + 2;
  return [
    '',
    'Contoso local emulator: Entra ID + Microsoft Graph stand-in (development and tests only)',
    '',
    '  Identity (OpenID Provider)',
    rows([
      ['issuer', id],
      ['authorize', `${id}/auth`],
      ['token', `${id}/token`],
      ['end session', `${id}/session/end`],
      ['jwks', `${id}/jwks`],
      ['discovery', `${id}/.well-known/openid-configuration`],
      ['client id', CLIENT_ID],
      ['app origins', settings.appOrigins.join(', ')],
    ]),
    '',
    '  Microsoft Graph',
    rows([
      ['base URL', `${graph}/v1.0`],
      ['control API', settings.control ? `${graph}/_emulator (unauthenticated)` : 'disabled (EMULATOR_CONTROL=0)'],
    ]),
    '',
    `  Demo accounts (password for every account: ${emulator.store.password})`,
    `    ${'Name'.padEnd(nameWidth)}${'Email'.padEnd(mailWidth)}Job title`,
    ...users.map((u) => `    ${u.displayName.padEnd(nameWidth)}${u.mail.padEnd(mailWidth)}${u.jobTitle}`),
    '',
    settings.quiet ? '  Request logging is off (EMULATOR_QUIET=1).' : '  Logging one line per request (EMULATOR_QUIET=1 to silence).',
    '',
  ].join('\n');
}

const settings = readSettingsOrExit();
// Loaded after the settings check so a bad setting is reported before oidc-provider's start-up notices.
const { startEmulator } = await import('./server');
let emulator: RunningEmulator;
try {
  emulator = await startEmulator(settings);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(`A port is already in use (${(err as Error).message}). Stop the other process or set EMULATOR_IDENTITY_PORT / EMULATOR_GRAPH_PORT.`);
    process.exit(1);
  }
  throw err;
}
console.info(banner(emulator, settings));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.info(`\nReceived ${signal}, shutting down.`);
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Error while shutting down', err);
        process.exit(1);
      },
    );
  });
}
