import { describe, expect, it } from 'vitest';
import { effectiveRole } from './access';
import { loadSeed, validateSeed } from './seed';
import { TenantStore } from './store';

const seed = loadSeed();

function adele(store: TenantStore) {
  const user = store.userByEmail('adele@contoso.test');
  if (!user) throw new Error('Adele missing from the seed');
  const drive = store.driveOfUser(user.id);
  if (!drive) throw new Error('Adele has no drive');
  return { user, drive, root: store.root(drive) };
}

describe('seed', () => {
  it('has the demo tenant and at least eight work accounts whose mail is their UPN', () => {
    expect(seed.tenant).toMatchObject({ displayName: 'Contoso', domain: 'contoso.test' });
    expect(seed.password).toBe('Contoso-Demo-2026');
    expect(seed.users.length).toBeGreaterThanOrEqual(8);
    for (const user of seed.users.filter((u) => u.userType !== 'Guest')) {
      expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(user.mail).toBe(user.userPrincipalName);
      expect(user.mail).toBe(`${user.givenName.toLowerCase()}@contoso.test`);
    }
    expect(seed.users.map((u) => u.displayName)).toEqual(
      expect.arrayContaining(['Adele Vance', 'Alex Wilber', 'Megan Bowen', 'Lee Gu', 'Nestor Wilke', 'Patti Fernandez', 'Diego Siciliani', 'Isaiah Langer']),
    );
  });

  it('has guest users with an external mail and an #EXT# UPN, and no drive', () => {
    const guests = seed.users.filter((u) => u.userType === 'Guest');
    expect(guests.map((g) => g.mail)).toEqual(['kim@fabrikam.test', 'jordan@northwind.test']);
    for (const guest of guests) {
      expect(guest.userPrincipalName).toBe(`${guest.mail.replace('@', '_')}#EXT#@contoso.test`);
      expect(guest.drive).toBeUndefined();
    }
  });

  it('rejects a seeded share naming someone who is not in the directory', () => {
    const broken = structuredClone(seed);
    broken.users[0]!.drive!.items.push({
      name: 'X.txt',
      size: 1,
      createdDateTime: '2025-01-01T00:00:00Z',
      lastModifiedDateTime: '2025-01-01T00:00:00Z',
      permissions: [{ user: 'nobody@contoso.test', roles: ['read'] }],
    });
    expect(() => validateSeed(broken)).toThrow(/permissions\[0\]\.user must be the mail of a seeded user/);
  });

  it("gives Adele the folders and files the app's journeys rely on", () => {
    const store = new TenantStore(seed);
    const { root } = adele(store);
    const at = (path: string) => store.itemByPath(root, path);
    for (const path of [
      '/Reports/Q3 Report.xlsx',
      '/Reports/Archive/Q2 Report.xlsx',
      '/Budget 2026.xlsx',
      '/Team photo.jpg',
      '/Notes.txt',
      '/Product brief.docx',
      '/Roadmap.pptx',
      '/Contract.pdf',
    ]) {
      expect(at(path)?.kind, path).toBe('file');
    }
    expect(at('/Empty folder')).toMatchObject({ kind: 'folder', childIds: [] });
    expect(store.childrenOf(at('/Projects')!).filter((c) => c.kind === 'file').length).toBeGreaterThanOrEqual(2);
    const extensions = new Set(
      allItems(store, root)
        .filter((i) => i.kind === 'file')
        .map((i) => (i.name.includes('.') ? i.name.split('.').pop() : '')),
    );
    expect([...extensions].sort()).toEqual(expect.arrayContaining(['', 'csv', 'docx', 'jpg', 'md', 'mp4', 'pdf', 'png', 'pptx', 'txt', 'xlsx', 'zip']));
  });

  it('rejects a seed with duplicate names in one folder', () => {
    const broken = structuredClone(seed);
    const items = broken.users[0]!.drive!.items;
    items.push({ ...items.find((i) => i.name === 'Notes.txt')!, name: 'notes.TXT' });
    expect(() => validateSeed(broken)).toThrow(/duplicate within its folder/);
  });
});

describe('TenantStore', () => {
  it('derives the same ODB-shaped ids on every build', () => {
    const a = adele(new TenantStore(seed));
    const b = adele(new TenantStore(seed));
    expect(a.drive.id).toBe(b.drive.id);
    expect(a.drive.id).toMatch(/^b![A-Za-z0-9_-]{40}$/);
    expect(a.root.id).toMatch(/^01[A-Z2-7]{32}$/);
    const storeA = new TenantStore(seed);
    const q3 = storeA.itemByPath(adele(storeA).root, '/reports/q3 report.XLSX');
    expect(q3?.name).toBe('Q3 Report.xlsx');
    expect(q3?.id).toMatch(/^01[A-Z2-7]{32}$/);
    expect(q3?.id).not.toBe(a.root.id);
  });

  it('sizes a folder as the sum of everything inside it', () => {
    const store = new TenantStore(seed);
    const reports = store.itemByPath(adele(store).root, '/Reports')!;
    const expected = seed.users[0]!.drive!.items.find((i) => i.name === 'Reports');
    const sum = (item: unknown): number => {
      const node = item as { size?: number; children?: unknown[] };
      return node.children ? node.children.reduce<number>((s, c) => s + sum(c), 0) : (node.size ?? 0);
    };
    expect(store.sizeOf(reports)).toBe(sum(expected));
    expect(store.sizeOf(reports)).toBeGreaterThan(0);
  });

  it('updates an existing grant instead of adding a second one, and reset() forgets grants and rewinds ids', () => {
    const store = new TenantStore(seed);
    const { user, root } = adele(store);
    const alex = store.userByEmail('alex@contoso.test')!;
    const item = store.itemByPath(root, '/Notes.txt')!;
    const request = { item, grantee: { kind: 'user' as const, userId: alex.id }, invitationEmail: alex.mail, signInRequired: true, invitedBy: user.id };
    const first = store.grant({ ...request, roles: ['read'] });
    const second = store.grant({ ...request, roles: ['write'] });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(store.permissionsOn(item)).toHaveLength(1);
    expect(store.permissionsOn(item)[0]?.roles).toEqual(['write']);

    store.reset();
    const again = adele(store);
    const itemAfterReset = store.itemByPath(again.root, '/Notes.txt')!;
    expect(store.permissionsOn(itemAfterReset)).toEqual([]);
    expect(store.grant({ ...request, item: itemAfterReset, roles: ['read'] }).permission.id).toBe(first.permission.id);
  });

  it('lets a grant on a folder reach the items inside it', () => {
    const store = new TenantStore(seed);
    const { drive, user, root } = adele(store);
    const megan = store.userByEmail('megan@contoso.test')!;
    const reports = store.itemByPath(root, '/Reports')!;
    const q2 = store.itemByPath(root, '/Reports/Archive/Q2 Report.xlsx')!;
    expect(effectiveRole(store, megan.id, drive, q2)).toBeUndefined();
    store.grant({
      item: reports,
      grantee: { kind: 'user', userId: megan.id },
      roles: ['write'],
      invitationEmail: megan.mail,
      signInRequired: true,
      invitedBy: user.id,
    });
    expect(effectiveRole(store, megan.id, drive, q2)).toBe('write');
    expect(effectiveRole(store, megan.id, drive, root)).toBeUndefined();
    expect(effectiveRole(store, user.id, drive, q2)).toBe('owner');
  });
});

function allItems(store: TenantStore, item: ReturnType<TenantStore['root']>): ReturnType<TenantStore['root']>[] {
  return [item, ...store.childrenOf(item).flatMap((child) => allItems(store, child))];
}
