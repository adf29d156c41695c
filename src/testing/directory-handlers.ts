import { delay, http, HttpResponse } from 'msw';
import { TEST_GRAPH_BASE } from './render';

/** A small directory for component tests, answering as Graph does (ConsistencyLevel included). */
export interface FakeDirectoryEntry {
  id: string;
  displayName: string;
  mail: string;
  jobTitle?: string;
  kind: 'user' | 'group' | 'contact';
}

export const FAKE_DIRECTORY: FakeDirectoryEntry[] = [
  { id: 'u-bob', displayName: 'Bob Kelly', mail: 'bob@contoso.test', jobTitle: 'Analyst', kind: 'user' },
  { id: 'u-bobby', displayName: 'Bobby Tables', mail: 'bobby@contoso.test', kind: 'user' },
  { id: 'g-board', displayName: 'Board members', mail: 'board@contoso.test', kind: 'group' },
  { id: 'c-bo', displayName: 'Bo External', mail: 'bo@fabrikam.test', kind: 'contact' },
];

/** The searched text out of `$search="..."` or `"displayName:..." OR "mail:..."`. */
function searchedText(url: URL): string {
  const search = url.searchParams.get('$search') ?? '';
  return (/"(?:\w+:)?([^"]*)"/u.exec(search)?.[1] ?? '').toLowerCase();
}

const matches = (entry: FakeDirectoryEntry, text: string) =>
  entry.displayName
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => word.startsWith(text)) || entry.mail.startsWith(text);

export interface DirectoryLog {
  requests: URL[];
  /** Searches whose caller had given up (aborted) by the time the answer was ready. */
  aborted?: URL[];
}

export function directoryHandlers(options: { domains?: string[]; latencyMs?: (url: URL) => number; log?: DirectoryLog } = {}) {
  const domains = options.domains ?? ['contoso.test'];
  const wait = async (url: URL, request: Request) => {
    options.log?.requests.push(url);
    const ms = options.latencyMs?.(url) ?? 0;
    if (ms > 0) await delay(ms);
    if (request.signal.aborted) options.log?.aborted?.push(url);
  };
  const needsConsistency = (request: Request) =>
    request.headers.get('ConsistencyLevel') === 'eventual'
      ? undefined
      : HttpResponse.json({ error: { code: 'Request_UnsupportedQuery', message: 'Unsupported query.' } }, { status: 400 });
  /** `/users` or `/groups` with `$search`, refused without the ConsistencyLevel header as Graph does. */
  const directorySearch = (collection: string, kind: FakeDirectoryEntry['kind'], shape: (entry: FakeDirectoryEntry) => object) =>
    http.get(`${TEST_GRAPH_BASE}/v1.0/${collection}`, async ({ request }) => {
      const url = new URL(request.url);
      await wait(url, request);
      const refused = needsConsistency(request);
      if (refused) return refused;
      const text = searchedText(url);
      return HttpResponse.json({ value: FAKE_DIRECTORY.filter((entry) => entry.kind === kind && matches(entry, text)).map(shape) });
    });
  return [
    http.get(`${TEST_GRAPH_BASE}/v1.0/organization`, () =>
      HttpResponse.json({ value: [{ id: 'org', displayName: 'Contoso', verifiedDomains: domains.map((name) => ({ name })) }] }),
    ),
    http.get(`${TEST_GRAPH_BASE}/v1.0/me/people`, async ({ request }) => {
      const url = new URL(request.url);
      await wait(url, request);
      const text = searchedText(url);
      return HttpResponse.json({
        value: FAKE_DIRECTORY.filter((entry) => entry.kind !== 'group' && matches(entry, text)).map((entry) => ({
          id: entry.id,
          displayName: entry.displayName,
          jobTitle: entry.jobTitle ?? null,
          scoredEmailAddresses: [{ address: entry.mail, relevanceScore: 8 }],
          personType: { class: 'Person', subclass: entry.kind === 'contact' ? 'PersonalContact' : 'OrganizationUser' },
        })),
      });
    }),
    directorySearch('users', 'user', ({ id, displayName, mail, jobTitle }) => ({ id, displayName, mail, jobTitle: jobTitle ?? null })),
    directorySearch('groups', 'group', ({ id, displayName, mail }) => ({ id, displayName, mail })),
    http.get(`${TEST_GRAPH_BASE}/v1.0/users/:id/photo/$value`, () =>
      HttpResponse.json({ error: { code: 'ImageNotFound', message: 'The photo wasn’t found.' } }, { status: 404 }),
    ),
  ];
}
