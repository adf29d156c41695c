// People and directory: /me/people, /users and /groups $search, photos, /organization, guests,
// and groups as invite recipients.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { expectJson, graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { DEFAULT_TEST_SCOPES, mintAccessToken } from '../testing/tokens';

interface Collection<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  value: T[];
}

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const eventual = { headers: { ConsistencyLevel: 'eventual' } };

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator, { scopes: [...DEFAULT_TEST_SCOPES, 'GroupMember.Read.All'] }));
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

const json = expectJson;

const names = (list: { displayName?: string | null }[]) => list.map((p) => p.displayName);

describe('/me/people', () => {
  it('lists the most relevant people first, ten per page, with the person shape', async () => {
    const page = await json<Collection<MSGraph.Person>>(await asAdele('/v1.0/me/people'));
    expect(page.value).toHaveLength(10);
    expect(page['@odata.nextLink']).toContain('$skiptoken=');
    expect(names(page.value).slice(0, 6)).toEqual(['Megan Bowen', 'Alex Wilber', 'Patti Fernandez', 'Diego Siciliani', 'Lee Gu', 'Kim Abercrombie']);
    expect(page.value[0]).toMatchObject({
      id: emulator.store.userByEmail('megan@contoso.test')!.id,
      userPrincipalName: 'megan@contoso.test',
      jobTitle: 'Marketing Manager',
      department: 'Marketing',
      personType: { class: 'Person', subclass: 'OrganizationUser' },
      scoredEmailAddresses: [{ address: 'megan@contoso.test', relevanceScore: expect.any(Number) as unknown }],
    });
    expect(names(page.value)).not.toContain('Adele Vance');
  });

  it('searches fuzzily over names and addresses, typos included, keeping relevance order', async () => {
    const meg = await json<Collection<MSGraph.Person>>(await asAdele('/v1.0/me/people?$search="meagan"'));
    expect(names(meg.value)).toEqual(['Megan Bowen']);
    const byMail = await json<Collection<MSGraph.Person>>(await asAdele('/v1.0/me/people?$search=kim@fab'));
    expect(byMail.value.map((p) => p.scoredEmailAddresses?.[0]?.address)).toEqual(['kim@fabrikam.test']);
    const groups = await json<Collection<MSGraph.Person>>(await asAdele('/v1.0/me/people?$search="retail"'));
    expect(groups.value.map((p) => [p.displayName, p.personType?.subclass])).toEqual([['Retail Team', 'UnifiedGroup']]);
    const none = await json<Collection<MSGraph.Person>>(await asAdele('/v1.0/me/people?$search="zzzz"'));
    expect(none.value).toEqual([]);
  });

  it('refuses $skip with $search, and a token without People.Read', async () => {
    await json(await asAdele('/v1.0/me/people?$search=a&$skip=2'), 400);
    const noPeople = graphFetch(emulator, await mintAccessToken(emulator, { scopes: ['User.Read', 'Files.ReadWrite.All'] }));
    expect((await json<{ error: { code: string } }>(await noPeople('/v1.0/me/people'), 403)).error.code).toBe('accessDenied');
  });
});

describe('/users and /groups', () => {
  it('answers $search without ConsistencyLevel: eventual with 400 Request_UnsupportedQuery', async () => {
    const body = await json<{ error: { code: string; message: string } }>(await asAdele('/v1.0/users?$search="displayName:adele"'), 400);
    expect(body.error.code).toBe('Request_UnsupportedQuery');
    expect(body.error.message).toContain('ConsistencyLevel: eventual');
  });

  it('searches displayName word by word OR mail by prefix, with $select and $top', async () => {
    const query = encodeURIComponent('"displayName:gu" OR "mail:meg"');
    const page = await json<Collection<MSGraph.User>>(
      await asAdele(`/v1.0/users?$search=${query}&$select=id,displayName,mail,userPrincipalName&$top=10`, eventual),
    );
    expect(names(page.value).sort()).toEqual(['Lee Gu', 'Megan Bowen', 'Pradeep Gupta']);
    for (const u of page.value) expect(Object.keys(u).sort()).toEqual(['displayName', 'id', 'mail', 'userPrincipalName']);
    const top = await json<Collection<MSGraph.User>>(await asAdele('/v1.0/users?$top=2&$count=true', eventual));
    expect(top.value).toHaveLength(2);
    expect(top['@odata.count']).toBe(emulator.store.listUsers().length);
    await json(await asAdele(`/v1.0/users?$search=${encodeURIComponent('"displayName:a" XOR "mail:b"')}`, eventual), 400);
  });

  it('lists guest users with an #EXT# UPN and userType Guest', async () => {
    const page = await json<Collection<MSGraph.User>>(
      await asAdele(`/v1.0/users?$search=${encodeURIComponent('"mail:kim@"')}&$select=displayName,mail,userPrincipalName,userType`, eventual),
    );
    expect(page.value).toEqual([
      {
        id: expect.any(String) as unknown,
        displayName: 'Kim Abercrombie',
        mail: 'kim@fabrikam.test',
        userPrincipalName: 'kim_fabrikam.test#EXT#@contoso.test',
        userType: 'Guest',
      },
    ]);
  });

  it('needs a directory scope for /users', async () => {
    const basic = graphFetch(emulator, await mintAccessToken(emulator, { scopes: ['User.Read'] }));
    await json(await basic('/v1.0/users'), 403);
  });

  it('searches groups, Microsoft 365 and security alike, and needs a group scope', async () => {
    const page = await json<Collection<MSGraph.Group>>(
      await asAdele(`/v1.0/groups?$search=${encodeURIComponent('"displayName:finance" OR "displayName:retail"')}`, eventual),
    );
    expect(page.value.map((g) => [g.displayName, g.groupTypes, g.securityEnabled, g.mail])).toEqual([
      ['Retail Team', ['Unified'], false, 'retail@contoso.test'],
      ['Finance Reviewers', [], true, null],
    ]);
    expect(page.value[0]).toMatchObject({ id: expect.any(String) as unknown, description: expect.any(String) as unknown });
    const noGroups = graphFetch(emulator, await mintAccessToken(emulator));
    await json(await noGroups('/v1.0/groups', eventual), 403);
  });

  it('lists the groups the signed-in user belongs to', async () => {
    const page = await json<Collection<MSGraph.Group & { '@odata.type': string }>>(await asAdele('/v1.0/me/memberOf'));
    expect(names(page.value).sort()).toEqual(['All Company', 'Marketing', 'Retail Team']);
    expect(page.value[0]!['@odata.type']).toBe('#microsoft.graph.group');
  });
});

describe('photos and the organization', () => {
  it('serves PNG bytes to a cross-origin reader for users with a photo', async () => {
    const megan = emulator.store.userByEmail('megan@contoso.test')!;
    const response = await asAdele(`/v1.0/users/${megan.id}/photo/$value`, { headers: { Origin: 'http://localhost:5173' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(96);
    const meta = await json<{ height: number; '@odata.mediaContentType': string }>(await asAdele('/v1.0/me/photo'));
    expect(meta).toMatchObject({ height: 96, width: 96, '@odata.mediaContentType': 'image/png' });
  });

  it('answers 404 ImageNotFound for users without a photo', async () => {
    const body = await json<{ error: { code: string } }>(await asAdele('/v1.0/users/lee@contoso.test/photo/$value'), 404);
    expect(body.error.code).toBe('ImageNotFound');
  });

  it('lists the tenant with its verified domains', async () => {
    const org = await json<Collection<MSGraph.Organization>>(await asAdele('/v1.0/organization'));
    expect(org.value[0]!.verifiedDomains!.map((d) => [d.name, d.isDefault, d.isInitial])).toEqual([
      ['contoso.test', true, false],
      ['contoso.onmicrosoft.test', false, true],
    ]);
  });
});

describe('groups as invite recipients', () => {
  it('grants to a group by objectId and by alias, with grantedToV2.group', async () => {
    const group = emulator.store.groupByEmail('marketing@contoso.test')!;
    const security = emulator.store.listGroups().find((g) => g.displayName === 'Finance Reviewers')!;
    const response = await asAdele(
      '/v1.0/me/drive/root:/Notes.txt:/invite',
      jsonBody({
        recipients: [{ objectId: group.id }, { alias: security.mailNickname }],
        roles: ['read'],
      }),
    );
    const result = await json<Collection<MSGraph.Permission>>(response);
    expect(result.value.map((p) => p.grantedToV2?.group)).toEqual([
      { id: group.id, displayName: 'Marketing', email: 'marketing@contoso.test' },
      { id: security.id, displayName: 'Finance Reviewers' },
    ]);
    expect(result.value[0]!.grantedToV2?.user).toBeUndefined();
    // A member of the group can now read the file.
    const asGrady = graphFetch(emulator, await mintAccessToken(emulator, { userId: emulator.store.userByEmail('grady@contoso.test')!.id }));
    const driveId = emulator.store.driveOfUser(emulator.store.userByEmail('adele@contoso.test')!.id)!.id;
    const notes = emulator.store.itemByPath(emulator.store.root(emulator.store.drive(driveId)!), '/Notes.txt')!;
    await json(await asGrady(`/v1.0/drives/${driveId}/items/${notes.id}`));
  });
});
