import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The fault matrix as data: which operations, which faults, the emulator rule that makes each
 * fault happen, and the sentence the app must then show, word for word as its English catalog
 * (src/i18n/catalogs/en) has it: the tests talk to the app over HTTP only, so they restate it. e2e/fault-matrix.spec.ts runs it;
 * scripts/fault-matrix-readme.ts writes its results into the README.
 */

export type Operation = 'invite' | 'listChildren' | 'listPermissions' | 'peopleSearch' | 'updatePermission';

export const OPERATIONS: Record<Operation, { label: string; method: 'GET' | 'POST' | 'PATCH'; write: boolean }> = {
  invite: { label: 'Invite (Send)', method: 'POST', write: true },
  listChildren: { label: 'List children (open a folder)', method: 'GET', write: false },
  listPermissions: { label: 'List permissions (Manage access)', method: 'GET', write: false },
  peopleSearch: { label: 'People search (suggestions)', method: 'GET', write: false },
  updatePermission: { label: 'Update permission (change a role)', method: 'PATCH', write: true },
};

export type FaultKind =
  '400' | '401' | '401-claims' | '403' | '404' | '409' | '412' | '429' | '500' | '503' | '504' | 'reset' | 'timeout' | 'malformed' | 'dropped' | '207';

export const FAULT_LABELS: Record<FaultKind, string> = {
  '400': '400',
  '401': '401',
  '401-claims': '401 with claims',
  '403': '403',
  '404': '404',
  '409': '409',
  '412': '412',
  '429': '429 (Retry-After 1)',
  '500': '500',
  '503': '503 (Retry-After 1)',
  '504': '504',
  reset: 'connection reset',
  timeout: 'time-out (no answer)',
  malformed: 'malformed JSON',
  dropped: 'carried out, then dropped',
  '207': '207 (a mailbox fails)',
};

const STATUS_FAULTS = ['400', '401', '403', '404', '409', '412', '429', '500', '503', '504'] as const;

/** The faults each operation is tried with: carried-out-then-dropped for writes, 207 for invite only. */
export function faultsFor(operation: Operation): FaultKind[] {
  const common: FaultKind[] = [...STATUS_FAULTS.slice(0, 2), '401-claims', ...STATUS_FAULTS.slice(2), 'reset', 'timeout', 'malformed'];
  if (operation === 'invite') return [...common, 'dropped', '207'];
  if (OPERATIONS[operation].write) return [...common, 'dropped'];
  return common;
}

/** Retries before the failure reaches the user: the transport's policy (src/lib/graph/retry-policy.ts, graph-client.ts). */
const MAX_RETRIES = 4;

/**
 * How many requests the fault must hit for the user to see it: a 401 is tried once more with a
 * fresh token; 429 and 503 are retried for every method; a 504, a reset or a time-out only for reads.
 */
export function attemptsToFail(operation: Operation, fault: FaultKind): number {
  const write = OPERATIONS[operation].write;
  if (fault === '401') return 2;
  if (fault === '429' || fault === '503') return MAX_RETRIES + 1;
  if (!write && (fault === '504' || fault === 'reset' || fault === 'timeout')) return MAX_RETRIES + 1;
  return 1;
}

/**
 * The emulator's fault rule (emulator/README.md, control API) that makes `fault` happen on `path`
 * until the case clears it (`fraction: 1` and no `times`); 207 needs none. Not a counted rule:
 * Chromium itself sends a request again when a reused keep-alive connection is reset before any
 * answer, so a `drop` can be spent without the app ever seeing it.
 */
export function faultRule(operation: Operation, fault: FaultKind, path: string): Record<string, unknown> | null {
  const base = { method: OPERATIONS[operation].method, path, fraction: 1 };
  switch (fault) {
    case '207':
      return null;
    case '401-claims':
      return { ...base, claims: true };
    case 'reset':
      return { ...base, drop: true };
    case 'timeout':
      return { ...base, hang: true };
    case 'malformed':
      return { ...base, malformed: true };
    case 'dropped':
      return { ...base, dropAfter: true };
    case '412':
      return { ...base, status: 412, code: 'resourceModified' };
    case '429':
    case '503':
      return { ...base, status: Number(fault), headers: { 'Retry-After': '1' } };
    default:
      return { ...base, status: Number(fault) };
  }
}

/** English sentences the app shows (src/i18n/catalogs/en), as a person reads them. */
const EN = {
  invalidRequest: 'Microsoft 365 refused the request as invalid. Check the addresses and options, then try again.',
  signInExpired: 'Your sign-in has expired. Sign in again, then try once more.',
  claimsChallenge: 'Your organization asks you to sign in again (for example with a second step) before this can go on. Nothing you typed is lost.',
  accessDenied: "You don't have permission to do this with this item. Ask its owner to share it with you, or to give you edit access.",
  notFound: 'The item, or one of the people you named, could not be found. It may have been moved, deleted or renamed.',
  conflict: 'Microsoft 365 could not do this because of a conflicting change made at the same time. Nothing was changed. Check the item, then try again.',
  changedMeanwhile: 'The item was changed elsewhere after this page read it, so nothing was changed. Refresh, check it, then try again.',
  busyOneSecond: 'Microsoft 365 is busy right now. Wait about 1 second, then try again. Nothing you typed is lost.',
  graphFailed: 'Something went wrong at Microsoft 365. Try again in a moment; if it keeps failing, give your administrator the details below.',
  timeout: 'Microsoft 365 took too long to answer. Try again; if it keeps happening, try later.',
  network: 'Microsoft 365 could not be reached. Check your connection, then try again.',
  invalidResponse: 'Microsoft 365 sent an answer this page could not read. Try again; if it keeps happening, tell your administrator.',
  notNotified: 'Not notified',
  // Graph's own localizedMessage for the seeded failure (emulator/tenant/seed.json), which the outcome shows as Graph wrote it.
  mailboxNotFound: "We couldn't send the email because your mailbox wasn't found.",
  folderFailed: 'This folder could not be opened',
  // Refresh on a list already shown: the list stays, and the failure is said above it.
  accessListFailed: 'Could not refresh who has access; the list below is as it was last read',
  staleTitle: 'Someone else changed access meanwhile',
  lostTitle: 'The answer from Microsoft 365 was lost',
  lostBody: 'The change may or may not have been made. The list has been read again and shows what Microsoft 365 holds now; check it before trying again.',
  staleBody: 'Nothing was changed. The list has been reloaded with their change; check it and try again.',
} as const;

export const suggestionsFailed = (codes: string) => `Some suggestions could not be loaded (error code ${codes}); you can still type full addresses.`;
export const notChanged = (name: string) => `${name}'s access was not changed`;
export const roleChanged = (name: string, role: 'read' | 'write', item: string) => `${name} can now ${role === 'write' ? 'edit' : 'view'} “${item}”.`;

/** The sentence describeError gives each fault (src/components/describe-error.ts). */
function errorSentence(fault: FaultKind): string {
  switch (fault) {
    case '400':
      return EN.invalidRequest;
    case '401':
      return EN.signInExpired;
    case '401-claims':
      return EN.claimsChallenge;
    case '403':
      return EN.accessDenied;
    case '404':
      return EN.notFound;
    case '409':
      return EN.conflict;
    case '412':
      return EN.changedMeanwhile;
    case '429':
    case '503':
      return EN.busyOneSecond;
    case '500':
      return EN.graphFailed;
    case '504':
    case 'timeout':
      return EN.timeout;
    case 'reset':
    case 'dropped':
      return EN.network;
    case 'malformed':
      return EN.invalidResponse;
    case '207':
      return EN.mailboxNotFound;
  }
}

/** The code a failed suggestion source names (describeError's code: Graph's, or the transport's own). */
function errorCode(fault: FaultKind): string {
  const codes: Partial<Record<FaultKind, string>> = {
    '400': 'invalidRequest',
    '401': 'InvalidAuthenticationToken',
    '401-claims': 'InvalidAuthenticationToken',
    '403': 'accessDenied',
    '404': 'itemNotFound',
    '409': 'nameAlreadyExists',
    '412': 'resourceModified',
    '429': 'activityLimitReached',
    '500': 'generalException',
    '503': 'serviceNotAvailable',
    '504': 'gatewayTimeout',
    reset: 'networkError',
    timeout: 'timeout',
    malformed: 'invalidResponse',
  };
  return codes[fault] ?? fault;
}

/** What the user must read, in order: a title (when the screen gives one) and the sentence. */
export function expectedTexts(operation: Operation, fault: FaultKind, names: { person: string; item: string }): string[] {
  switch (operation) {
    case 'peopleSearch':
      return [suggestionsFailed(errorCode(fault))];
    case 'listChildren':
      return [EN.folderFailed, errorSentence(fault)];
    case 'listPermissions':
      return [EN.accessListFailed, errorSentence(fault)];
    case 'updatePermission':
      // A 412 on a change is a change made meanwhile elsewhere: the list is re-read and says so. A
      // change whose answer is lost (504, reset, time-out, unreadable, carried out then dropped) may
      // have been made: the list is re-read and the notice says the change may or may not be there.
      if (fault === '412') return [EN.staleTitle, EN.staleBody];
      return LOST_ANSWER.has(fault) ? [EN.lostTitle, EN.lostBody] : [notChanged(names.person), errorSentence(fault)];
    case 'invite':
      return fault === '207' ? [EN.notNotified, errorSentence(fault)] : [errorSentence(fault)];
  }
}

/** Whom each lost-answer invite case shares with: nobody else in the suite does. */
export const LOST_ANSWER_PEOPLE = {
  '504': { name: 'Diego Siciliani', email: 'diego@contoso.test' },
  reset: { name: 'Isaiah Langer', email: 'isaiah@contoso.test' },
  timeout: { name: 'Nestor Wilke', email: 'nestor@contoso.test' },
  malformed: { name: 'Patti Fernandez', email: 'patti@contoso.test' },
  dropped: { name: 'Megan Bowen', email: 'megan@contoso.test' },
} as const;

/** Over the outcome after an invite whose answer was lost: the item's access was read back. */
export const LOST_READ_BACK = 'The answer from Microsoft Graph was lost, so the dialog read the item’s access back.';

/**
 * Faults that lose a write's answer after Graph may have carried it out (a reset connection too:
 * the app cannot tell it from one dropped after the work was done). The share dialog reads the
 * item's access back instead of showing an error, and nobody is invited twice; Manage access reads
 * its list again and says the change may or may not have been made.
 */
export const LOST_ANSWER: ReadonlySet<FaultKind> = new Set(['504', 'reset', 'timeout', 'malformed', 'dropped']);

/** One row of the results file. */
export interface CaseResult {
  operation: Operation;
  fault: FaultKind;
  outcome: 'passed' | 'failed';
  sentence: string;
  /** Requests of the operation the app sent before the user saw the failure. */
  attempts: number | null;
  recovered: boolean | null;
  /** Invitations (invite) or permissions (update) the case left behind; duplicates would show here. */
  invitations: number | null;
  note?: string;
}

export const RESULTS_FILE = 'test-results/fault-matrix.jsonl';
export const TABLE_FILE = 'test-results/fault-matrix.md';

export function appendResult(row: CaseResult): void {
  mkdirSync('test-results', { recursive: true });
  appendFileSync(RESULTS_FILE, `${JSON.stringify(row)}\n`);
}

export function readResults(file = RESULTS_FILE): CaseResult[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CaseResult);
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Every case of the matrix, in order, with its latest result (a case not run says so). */
export function matrixTable(results: readonly CaseResult[]): string {
  const latest = new Map(results.map((row) => [`${row.operation} ${row.fault}`, row]));
  const lines = [
    '| Operation | Fault | Result | Sentence shown | Requests sent | Recovered after clearing | Invitations / permissions added |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const operation of Object.keys(OPERATIONS) as Operation[]) {
    for (const fault of faultsFor(operation)) {
      const row = latest.get(`${operation} ${fault}`);
      const result = row?.outcome ?? 'not run';
      const sentence = row?.sentence ?? '';
      const count = (value: number | null | undefined) => (value === null || value === undefined ? '–' : String(value));
      const recovered = row?.recovered === true ? 'yes' : row?.recovered === false ? 'no' : row?.note ? cell(row.note) : '–';
      lines.push(
        `| ${OPERATIONS[operation].label} | ${FAULT_LABELS[fault]} | ${result} | ${cell(sentence)} | ${count(row?.attempts)} | ${recovered} | ${count(row?.invitations)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function writeMatrixFile(): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(TABLE_FILE, matrixTable(readResults()));
}
