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
      ['endpoints', '/me, /users, /groups, /me/people, /organization, /me/memberOf, /me/followedSites, /sites'],
      ['', '/drives, /me/drive, /groups/{id}/drive, /sites/{id}/drive, /shares/{u!…}, /$batch'],
      ['', '{item}, {item}/children, /search(q=), /permissions, /invite, /sharedWithMe, /special/{name}'],
      [
        'control API',
        settings.control ? `${graph}/_emulator (unauthenticated): reset, accounts, drives, users/{upn}/drive/item,` : 'disabled (EMULATOR_CONTROL=0)',
      ],
      ...(settings.control ? [['', 'drives/{id}/item, invitations, faults, settings'] as [string, string]] : []),
      ['settings', `token TTL ${settings.accessTokenTtl}s, latency ${settings.latencyMs}ms, Retry-After ${settings.exposeRetryAfter ? '' : 'not '}exposed`],
    ]),
    '',
    `  Demo accounts (password for every account: ${emulator.store.password})`,
    `    ${'Name'.padEnd(nameWidth)}${'Email'.padEnd(mailWidth)}Notes`,
    ...users.map((u) => `    ${u.displayName.padEnd(nameWidth)}${u.mail.padEnd(mailWidth)}${notesFor(emulator, u.id) || u.jobTitle}`),
    '',
    `  Groups: ${emulator.store
      .listGroups()
      .map((g) => `${g.displayName}${g.mail ? ` <${g.mail}>` : ' (security)'}`)
      .join(', ')}`,
    `  Sites: ${emulator.store
      .listSites()
      .map((site) => site.displayName)
      .join(', ')}`,
    `  Invitation emails fail (invite answers 207) for: ${emulator.store
      .listNotificationFailures()
      .map((f) => `${f.address} (${f.innerCode})`)
      .join(', ')}`,
    '',
    settings.quiet ? '  Request logging is off (EMULATOR_QUIET=1).' : '  Logging one line per request (EMULATOR_QUIET=1 to silence).',
    '',
  ].join('\n');
}

/** What is special about an account, for the banner. */
function notesFor(emulator: RunningEmulator, userId: string): string {
  const user = emulator.store.userById(userId);
  const drive = emulator.store.driveOfUser(userId);
  const notes = [
    user?.userType === 'Guest' ? `guest (${user.userPrincipalName}), no drive` : '',
    drive?.driveType === 'personal' ? 'OneDrive for home (personal drive)' : '',
    user?.photoColor ? 'has a photo' : '',
  ].filter(Boolean);
  return notes.length > 0 ? `${user?.jobTitle ?? ''}; ${notes.join(', ')}` : '';
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
