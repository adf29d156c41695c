// Users, drives and driveItems: shapes, addressing forms, paging and the query options.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { stringMatching } from '../testing/matchers';
import { mintAccessToken } from '../testing/tokens';

interface Page<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: T[];
}

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const ADELE_ROOT_NAMES = [
  'Big folder',
  'Budget 2026.xlsx',
  'Contract.pdf',
  'Customer list.csv',
  'Empty folder',
  'LICENSE',
  'Notes.txt',
  'Pictures',
  'Product brief.docx',
  'Projects',
  'README.md',
  'Reports',
  'Roadmap.pptx',
  'Team photo.jpg',
];

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

describe('users', () => {
  it('GET /me returns the signed-in user', async () => {
    const me = await json<MSGraph.User & Record<string, unknown>>(await asAdele('/v1.0/me'));
    expect(me).toEqual({
      '@odata.context': `${emulator.graphUrl}/v1.0/$metadata#users/$entity`,
      id: emulator.store.userByEmail('adele@contoso.test')!.id,
      displayName: 'Adele Vance',
      givenName: 'Adele',
      surname: 'Vance',
      mail: 'adele@contoso.test',
      userPrincipalName: 'adele@contoso.test',
      jobTitle: 'Retail Manager',
      businessPhones: ['+1 425 555 0109'],
      mobilePhone: null,
      officeLocation: '18/2111',
      preferredLanguage: 'en-US',
    });
  });

  it('$select keeps only the asked properties and the id', async () => {
    const me = await json<Record<string, unknown>>(await asAdele('/v1.0/me?$select=displayName,mail'));
    expect(Object.keys(me).sort()).toEqual(['@odata.context', 'displayName', 'id', 'mail']);
  });

  it('GET /users/{upn} needs a directory-wide scope for someone else', async () => {
    expect(await json<MSGraph.User>(await asAdele('/v1.0/users/alex@contoso.test'))).toMatchObject({ displayName: 'Alex Wilber' });
    const userReadOnly = graphFetch(emulator, await mintAccessToken(emulator, { scopes: ['User.Read'] }));
    const denied = await json<{ error: { code: string } }>(await userReadOnly('/v1.0/users/alex@contoso.test'), 403);
    expect(denied.error.code).toBe('Authorization_RequestDenied');
    const missing = await json<{ error: { code: string } }>(await asAdele('/v1.0/users/nobody@contoso.test'), 404);
    expect(missing.error.code).toBe('Request_ResourceNotFound');
  });
});

describe('drives', () => {
  it('GET /me/drive describes the business OneDrive and equals /drives/{id} and /users/{id}/drive', async () => {
    const drive = await json<MSGraph.Drive>(await asAdele('/v1.0/me/drive'));
    const adele = emulator.store.userByEmail('adele@contoso.test')!;
    expect(drive).toMatchObject({
      driveType: 'business',
      name: 'OneDrive',
      owner: { user: { id: adele.id, displayName: 'Adele Vance', email: 'adele@contoso.test' } },
      webUrl: 'https://contoso-my.sharepoint.test/personal/adele_contoso_test/Documents',
      quota: { state: 'normal', total: 1_099_511_627_776 },
    });
    const root = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/root'));
    expect(drive.quota?.used).toBe(root.size);
    expect((await json<MSGraph.Drive>(await asAdele(`/v1.0/drives/${drive.id}`))).id).toBe(drive.id);
    expect((await json<MSGraph.Drive>(await asAdele(`/v1.0/users/${adele.id}/drive`))).id).toBe(drive.id);
    await json(await asAdele('/v1.0/drives/b!doesnotexist'), 404);
  });
});

describe('driveItems', () => {
  it('GET root has the root facet and counts its children', async () => {
    const root = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/root'));
    expect(root).toMatchObject({ name: 'root', root: {}, folder: { childCount: 14 } });
    expect(root.id).toMatch(/^01[A-Z2-7]{32}$/);
    expect(root.parentReference).toEqual({ driveType: 'business', driveId: stringMatching(/^b!/) });
  });

  it('lists root children in name order with file and folder facets', async () => {
    const page = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children'));
    expect(page.value.map((i) => i.name)).toEqual(ADELE_ROOT_NAMES);
    expect(page['@odata.nextLink']).toBeUndefined();
    const reports = page.value.find((i) => i.name === 'Reports')!;
    const budget = page.value.find((i) => i.name === 'Budget 2026.xlsx')!;
    const license = page.value.find((i) => i.name === 'LICENSE')!;
    expect(reports.folder).toEqual({ childCount: 3 });
    expect(reports.file).toBeUndefined();
    expect(budget.file).toEqual({ mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(license.file).toEqual({ mimeType: 'application/octet-stream' });
    expect(budget).toMatchObject({
      webUrl: 'https://contoso-my.sharepoint.test/personal/adele_contoso_test/Documents/Budget%202026.xlsx',
      parentReference: { driveType: 'business', path: '/drive/root:' },
      createdBy: { user: { displayName: 'Adele Vance', email: 'adele@contoso.test' } },
      eTag: stringMatching(/^"\{[0-9A-F-]{36}\},1"$/),
      cTag: stringMatching(/^"c:\{[0-9A-F-]{36}\},1"$/),
    });
  });

  it('pages with $top and an absolute nextLink that carries the query options', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${emulator.graphUrl}/v1.0/me/drive/root/children?$top=5&$select=name`;
    let pages = 0;
    const token = await mintAccessToken(emulator);
    while (url) {
      const page: Page<MSGraph.DriveItem> = await json(await fetch(url, { headers: { Authorization: `Bearer ${token}` } }));
      pages += 1;
      expect(page.value.length).toBeLessThanOrEqual(5);
      seen.push(...page.value.map((i) => i.name!));
      url = page['@odata.nextLink'];
      if (url) expect(url).toMatch(new RegExp(`^${emulator.graphUrl}/v1\\.0/me/drive/root/children\\?\\$top=5&\\$select=name&\\$skiptoken=`));
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(ADELE_ROOT_NAMES);
  });

  it('gives a nextLink only while items remain', async () => {
    const eleven = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children?$top=13'));
    expect(eleven.value).toHaveLength(13);
    const rest = await json<Page<MSGraph.DriveItem>>(await asAdele(eleven['@odata.nextLink']!.slice(emulator.graphUrl.length)));
    expect(rest.value.map((i) => i.name)).toEqual(['Team photo.jpg']);
    expect(rest['@odata.nextLink']).toBeUndefined();
    const twelve = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children?$top=14'));
    expect(twelve.value).toHaveLength(14);
    expect(twelve['@odata.nextLink']).toBeUndefined();
  });

  it.each(['0', '1000', 'abc', '-1'])('rejects $top=%s', async (top) => {
    const body = await json<{ error: { code: string } }>(await asAdele(`/v1.0/me/drive/root/children?$top=${top}`), 400);
    expect(body.error.code).toBe('invalidRequest');
  });

  it('rejects a forged $skiptoken', async () => {
    await json(await asAdele('/v1.0/me/drive/root/children?$skiptoken=bogus'), 400);
  });

  it('applies $select to every child', async () => {
    const page = await json<Page<Record<string, unknown>>>(await asAdele('/v1.0/me/drive/root/children?$select=name,size'));
    for (const item of page.value) expect(Object.keys(item).sort()).toEqual(['id', 'name', 'size']);
  });

  it('orders by size, lastModifiedDateTime and name in either direction', async () => {
    const bySize = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children?$orderby=size desc'));
    const sizes = bySize.value.map((i) => i.size!);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes[sizes.length - 1]!);

    const byDate = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children?$orderby=lastModifiedDateTime'));
    const dates = byDate.value.map((i) => i.lastModifiedDateTime!);
    expect(dates).toEqual([...dates].sort());

    const byNameDesc = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root/children?$orderby=name%20desc'));
    expect(byNameDesc.value.map((i) => i.name)).toEqual([...ADELE_ROOT_NAMES].reverse());

    await json(await asAdele('/v1.0/me/drive/root/children?$orderby=color'), 400);
  });

  it('addresses the same item by id, by path and through /drives', async () => {
    const byPath = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/root:/Reports/Archive/Q2%20Report.xlsx'));
    expect(byPath).toMatchObject({ name: 'Q2 Report.xlsx', parentReference: { path: '/drive/root:/Reports/Archive' } });
    const byId = await json<MSGraph.DriveItem>(await asAdele(`/v1.0/me/drive/items/${byPath.id}`));
    expect(byId.id).toBe(byPath.id);
    const driveId = byPath.parentReference!.driveId!;
    const viaDrives = await json<MSGraph.DriveItem>(await asAdele(`/v1.0/drives/${driveId}/items/${byPath.id}`));
    expect(viaDrives.eTag).toBe(byPath.eTag);

    const reportsChildren = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root:/Reports:/children'));
    expect(reportsChildren.value.map((i) => i.name)).toEqual(['Archive', 'Q3 Report.xlsx', 'Regional sales.csv']);
    const archive = reportsChildren.value[0]!;
    const viaItem = await json<Page<MSGraph.DriveItem>>(await asAdele(`/v1.0/drives/${driveId}/items/${archive.id}/children`));
    expect(viaItem.value.map((i) => i.name)).toEqual(['Q1 Report.xlsx', 'Q2 Report.xlsx']);
    expect(viaItem['@odata.context']).toBe(`${emulator.graphUrl}/v1.0/$metadata#drives('${driveId}')/items('${archive.id}')/children`);

    const empty = await json<Page<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root:/Empty folder:/children'));
    expect(empty.value).toEqual([]);
  });

  it('answers an unknown item or path with itemNotFound', async () => {
    for (const path of ['/v1.0/me/drive/items/01AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '/v1.0/me/drive/root:/Reports/Nope.xlsx']) {
      const body = await json<{ error: { code: string; message: string } }>(await asAdele(path), 404);
      expect(body.error).toMatchObject({ code: 'itemNotFound', message: 'The resource could not be found.' });
    }
  });

  it("keeps other people's drives closed until something is shared, and needs a *.All scope", async () => {
    const alex = emulator.store.userByEmail('alex@contoso.test')!;
    const asAlex = graphFetch(emulator, await mintAccessToken(emulator, { userId: alex.id }));
    const drive = await json<MSGraph.Drive>(await asAdele('/v1.0/me/drive'));
    const q3 = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/root:/Reports/Q3 Report.xlsx'));

    await json(await asAlex(`/v1.0/drives/${drive.id}/items/${q3.id}`), 403);
    await json(await asAdele(`/v1.0/me/drive/items/${q3.id}/invite`, jsonBody({ recipients: [{ email: alex.mail }], roles: ['read'] })));
    expect((await json<MSGraph.DriveItem>(await asAlex(`/v1.0/drives/${drive.id}/items/${q3.id}`))).name).toBe('Q3 Report.xlsx');
    // Shared items carry the shared facet.
    expect((await json<MSGraph.DriveItem>(await asAdele(`/v1.0/me/drive/items/${q3.id}`))).shared).toEqual({ scope: 'users' });
    // Still not the folder around it.
    await json(await asAlex(`/v1.0/drives/${drive.id}/root:/Reports`), 403);

    const alexOwnFilesOnly = graphFetch(emulator, await mintAccessToken(emulator, { userId: alex.id, scopes: ['Files.ReadWrite'] }));
    await json(await alexOwnFilesOnly(`/v1.0/drives/${drive.id}/items/${q3.id}`), 403);
    await json(await alexOwnFilesOnly('/v1.0/me/drive/root'), 200);
  });
});
