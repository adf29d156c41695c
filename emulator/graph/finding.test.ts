// Finding items: every addressing form of invite, the 10,000-item folder, search, sharedWithMe,
// special folders, /shares, group and site libraries, and the personal drive.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import type { DriveRecord, ItemRecord } from '../tenant/model';
import { expectJson, graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { DEFAULT_TEST_SCOPES, mintAccessToken } from '../testing/tokens';

interface Collection<T> {
  '@odata.nextLink'?: string;
  value: T[];
}

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const encode = (url: string) => `u!${Buffer.from(url).toString('base64url')}`;

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator, { scopes: [...DEFAULT_TEST_SCOPES, 'Sites.Read.All'] }));
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

const json = expectJson;

function driveOf(mail: string): DriveRecord {
  return emulator.store.driveOfUser(emulator.store.userByEmail(mail)!.id)!;
}
function at(drive: DriveRecord, path: string): ItemRecord {
  return emulator.store.itemByPath(emulator.store.root(drive), path)!;
}

describe('invite on every addressing form', () => {
  it('reaches the same item whichever way it is addressed', async () => {
    const adele = driveOf('adele@contoso.test');
    const notes = at(adele, '/Notes.txt');
    const pictures = at(adele, '/Pictures');
    const retail = emulator.store.driveOfGroup(emulator.store.groupByEmail('retail@contoso.test')!.id)!;
    const weekly = at(retail, '/Weekly sales.xlsx');
    const site = emulator.store.siteById(retail.siteId!)!;
    const forms: [string, ItemRecord][] = [
      [`/me/drive/items/${notes.id}/invite`, notes],
      [`/drive/items/${notes.id}/invite`, notes],
      [`/drives/${adele.id}/items/${notes.id}/invite`, notes],
      [`/users/adele@contoso.test/drive/items/${notes.id}/invite`, notes],
      [`/groups/${retail.owner.kind === 'group' ? retail.owner.groupId : ''}/drive/items/${weekly.id}/invite`, weekly],
      [`/sites/${site.graphId}/drive/items/${weekly.id}/invite`, weekly],
      ['/me/drive/root/invite', emulator.store.root(adele)],
      ['/drive/root/invite', emulator.store.root(adele)],
      [`/drives/${adele.id}/root/invite`, emulator.store.root(adele)],
      ['/drive/special/photos/invite', pictures],
      [`/drive/bundles/${pictures.id}/invite`, pictures],
      [`/drive/following/${notes.id}/invite`, notes],
      [`/shares/${encode(notes.webUrl)}/driveItem/invite`, notes],
      [`/shares/${encode(notes.webUrl)}/root/invite`, emulator.store.root(adele)],
      ['/me/drive/root:/Notes.txt:/invite', notes],
      [`/drives/${adele.id}/root:/Notes.txt:/microsoft.graph.invite`, notes],
    ];
    for (const [path, item] of forms) {
      emulator.store.reset();
      const response = await asAdele(`/v1.0${path}`, jsonBody({ recipients: [{ email: 'lee@contoso.test' }], roles: ['read'] }));
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
      expect(
        emulator.store.permissionsOn(item).map((p) => p.grantee),
        path,
      ).toContainEqual({ kind: 'user', userId: emulator.store.userByEmail('lee@contoso.test')!.id });
    }
  });
});

describe('listing and searching', () => {
  it('pages through the 10,000-item folder at 200 per page, with $top, $select and $orderby', async () => {
    const first = await json<Collection<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/root:/Big folder:/children'));
    expect(first.value).toHaveLength(200);
    expect(first.value[0]!.name).toBe('Draft 00004.pdf');
    const big = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/root:/Big folder'));
    expect(big.folder?.childCount).toBe(10_000);
    let url: string | undefined = `/v1.0/me/drive/root:/Big folder:/children?$top=999&$select=name&$orderby=lastModifiedDateTime desc`;
    const seen: MSGraph.DriveItem[] = [];
    while (url) {
      const page: Collection<MSGraph.DriveItem> = await json(await asAdele(url));
      seen.push(...page.value);
      url = page['@odata.nextLink']?.slice(emulator.graphUrl.length);
    }
    expect(seen).toHaveLength(10_000);
    expect(new Set(seen.map((i) => i.name)).size).toBe(10_000);
    expect(Object.keys(seen[0]!).sort()).toEqual(['id', 'name']);
  });

  it('searches a folder hierarchy with root/search(q=), results carrying parentReference.path', async () => {
    const page = await json<Collection<MSGraph.DriveItem>>(await asAdele("/v1.0/me/drive/root/search(q='q1 report')"));
    expect(page.value.map((i) => [i.name, i.parentReference?.path])).toEqual([['Q1 Report.xlsx', '/drive/root:/Reports/Archive']]);
    const many = await json<Collection<MSGraph.DriveItem>>(await asAdele("/v1.0/me/drive/root/search(q='report')"));
    expect(many.value).toHaveLength(200);
    expect(many['@odata.nextLink']).toContain('$skiptoken=');
    expect(page.value.every((i) => (i as { searchResult?: object }).searchResult)).toBe(true);
    const inFolder = await json<Collection<MSGraph.DriveItem>>(await asAdele("/v1.0/me/drive/root:/Reports/Archive:/search(q='q1')"));
    expect(inFolder.value.map((i) => i.name)).toEqual(['Q1 Report.xlsx']);
  });

  it("lists sharedWithMe with remoteItem pointing at the owner's drive and item", async () => {
    const page = await json<Collection<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/sharedWithMe'));
    const megan = driveOf('megan@contoso.test');
    const plan = at(megan, '/Marketing plan.docx');
    expect(page.value.map((i) => i.name).sort()).toEqual(['Campaigns', 'Holiday', 'Marketing plan.docx']);
    const entry = page.value.find((i) => i.name === 'Marketing plan.docx')!;
    expect(entry.remoteItem).toMatchObject({ id: plan.id, parentReference: { driveId: megan.id, driveType: 'business' } });
    const perms = await json<Collection<MSGraph.Permission>>(await asAdele(`/v1.0/drives/${megan.id}/items/${plan.id}/permissions`));
    expect(perms.value.length).toBeGreaterThan(1);
  });

  it('serves special folders and 404 for ones that do not exist yet', async () => {
    const photos = await json<MSGraph.DriveItem>(await asAdele('/v1.0/me/drive/special/photos'));
    expect(photos).toMatchObject({ name: 'Pictures', specialFolder: { name: 'photos' } });
    const children = await json<Collection<MSGraph.DriveItem>>(await asAdele('/v1.0/me/drive/special/photos/children'));
    expect(children.value.map((i) => i.name)).toEqual(['Offsite 2025.jpg']);
    await json(await asAdele('/v1.0/me/drive/special/music'), 404);
  });
});

describe('/shares', () => {
  it('resolves an item webUrl and a sharing-link URL, with /driveItem and /root', async () => {
    const adele = driveOf('adele@contoso.test');
    const brief = at(adele, '/Product brief.docx');
    const viaWebUrl = await json<MSGraph.DriveItem>(await asAdele(`/v1.0/shares/${encode(brief.webUrl)}/driveItem`));
    expect(viaWebUrl.id).toBe(brief.id);
    const perms = await json<Collection<MSGraph.Permission>>(await asAdele('/v1.0/me/drive/root:/Product brief.docx:/permissions'));
    const orgLink = perms.value.find((p) => p.link?.scope === 'organization')!;
    // Lee has no grant of his own; the organization link lets him in.
    const asLee = graphFetch(emulator, await mintAccessToken(emulator, { userId: emulator.store.userByEmail('lee@contoso.test')!.id }));
    await json(await asLee(`/v1.0/drives/${adele.id}/items/${brief.id}`), 403);
    const viaLink = await json<MSGraph.DriveItem>(await asLee(`/v1.0/shares/${encode(orgLink.link!.webUrl!)}/driveItem`));
    expect(viaLink.id).toBe(brief.id);
    expect(orgLink.shareId).toBe(encode(orgLink.link!.webUrl!));
    const root = await json<MSGraph.DriveItem>(await asAdele(`/v1.0/shares/${encode(brief.webUrl)}/root`));
    expect(root.root).toEqual({});
    // The link opens the file, not the rest of Adele's drive.
    await json(await asLee(`/v1.0/shares/${encode(orgLink.link!.webUrl!)}/root`), 403);
    const share = await json<{ name: string; owner: { user: { displayName: string } } }>(await asAdele(`/v1.0/shares/${encode(brief.webUrl)}`));
    expect(share).toMatchObject({ name: 'Product brief.docx', owner: { user: { displayName: 'Adele Vance' } } });
    await json(await asAdele('/v1.0/shares/not-encoded/driveItem'), 400);
  });
});

describe('groups, sites and drive types', () => {
  it('finds group and site libraries through memberOf, followedSites and sites?search', async () => {
    const retail = emulator.store.groupByEmail('retail@contoso.test')!;
    const groupDrive = await json<MSGraph.Drive>(await asAdele(`/v1.0/groups/${retail.id}/drive`));
    expect(groupDrive).toMatchObject({ driveType: 'documentLibrary', name: 'Documents' });
    const followed = await json<Collection<MSGraph.Site>>(await asAdele('/v1.0/me/followedSites'));
    expect(followed.value.map((s) => s.displayName)).toEqual(['Human Resources']);
    const found = await json<Collection<MSGraph.Site>>(await asAdele('/v1.0/sites?search=human'));
    expect(found.value.map((s) => s.id)).toEqual([followed.value[0]!.id]);
    const siteDrive = await json<MSGraph.Drive>(await asAdele(`/v1.0/sites/${found.value[0]!.id}/drive`));
    const children = await json<Collection<MSGraph.DriveItem>>(await asAdele(`/v1.0/drives/${siteDrive.id}/root/children`));
    expect(children.value.map((i) => i.name)).toEqual(['Onboarding checklist.docx', 'Policies']);
    // Visitors can read but not share.
    const checklist = children.value[0]!;
    await json(
      await asAdele(`/v1.0/drives/${siteDrive.id}/items/${checklist.id}/invite`, jsonBody({ recipients: [{ email: 'lee@contoso.test' }], roles: ['read'] })),
      403,
    );
  });

  it('has a personal drive where password is accepted, expiry needs an upgrade and the root is refused', async () => {
    const asCasey = graphFetch(emulator, await mintAccessToken(emulator, { userId: emulator.store.userByEmail('casey@contoso.test')!.id }));
    const drive = await json<MSGraph.Drive>(await asCasey('/v1.0/me/drive'));
    expect(drive.driveType).toBe('personal');
    expect(drive.id).toMatch(/^[0-9a-f]{16}$/);
    const invite = (path: string, body: object) =>
      asCasey(`/v1.0/me/drive/${path}/invite`, jsonBody({ recipients: [{ email: 'friend@fabrikam.test' }], roles: ['read'], ...body }));
    const withPassword = await json<Collection<MSGraph.Permission>>(await invite('root:/Portfolio.pdf:', { password: 'secret', requireSignIn: false }));
    expect(withPassword.value[0]!.hasPassword).toBe(true);
    expect(
      (await json<{ error: { message: string } }>(await invite('root:/Portfolio.pdf:', { expirationDateTime: '2027-01-01T00:00:00Z' }), 400)).error.message,
    ).toBe('Account Upgrade is required for this operation');
    await json(await invite('root', {}), 403);
    const secure = await asCasey(
      '/v1.0/me/drive/root:/Portfolio.pdf:/invite',
      jsonBody({ recipients: [{ email: 'adele@contoso.test' }], roles: ['read'], requireSignIn: true }),
    );
    expect((await json<{ error: { innerError: { code: string } } }>(secure, 400)).error.innerError.code).toBe('secureSharingInvalidRequest');
    // The business drive refuses a password.
    await json(
      await asAdele('/v1.0/me/drive/root:/Notes.txt:/invite', jsonBody({ recipients: [{ email: 'lee@contoso.test' }], roles: ['read'], password: 'x' })),
      400,
    );
  });
});

describe('control API for any drive', () => {
  it('lists drives with their owners and reads an item of a group library by path', async () => {
    const drives = await json<{ id: string; driveType: string; owner: string }[]>(await fetch(`${emulator.graphUrl}/_emulator/drives`));
    expect(drives.map((d) => [d.owner, d.driveType])).toEqual(
      expect.arrayContaining([
        ['Retail Team', 'documentLibrary'],
        ['casey@contoso.test', 'personal'],
        ['Human Resources', 'documentLibrary'],
      ]),
    );
    const retail = drives.find((d) => d.owner === 'Retail Team')!;
    const state = await json<{ item: { name: string } }>(
      await fetch(`${emulator.graphUrl}/_emulator/drives/${encodeURIComponent(retail.id)}/item?path=${encodeURIComponent('/Weekly sales.xlsx')}`),
    );
    expect(state.item.name).toBe('Weekly sales.xlsx');
  });
});
