import { describe, expect, it } from 'vitest';
import { collectionSchema, permissionSchema } from '../../lib/graph';
import { LIST_PERMISSIONS_EXAMPLE, PERMISSION_RESOURCE_EXAMPLES } from '../../testing/graph-doc-examples';
import { describeExpiry, groupEntries, toAccessEntry } from './access-entry';

const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const entry = (raw: unknown) => toAccessEntry(permissionSchema.parse(raw), format);

describe('toAccessEntry', () => {
  it('reads the list-permissions docs example: two links and an inherited person', () => {
    const entries = collectionSchema(permissionSchema).parse(LIST_PERMISSIONS_EXAMPLE).value.map((permission) => toAccessEntry(permission, format));
    expect(entries.map((e) => [e.kind, e.name, e.access])).toEqual([
      ['link', 'Sharing link', 'Can edit'],
      ['person', 'John Doe', 'Can edit'],
      ['link', 'Sharing link', 'Can edit'],
    ]);
    expect(entries[1]).toMatchObject({ inheritedFrom: 'Documents', roleLocked: 'Inherited from Documents. Change it there.', removeLocked: 'Inherited from Documents. Change it there.' });
    expect(entries[2]?.link).toMatchObject({ createdBy: 'Contoso Time Manager', webUrl: LIST_PERMISSIONS_EXAMPLE.value[2]?.link?.webUrl });
    expect(entries[0]?.roleLocked).toMatch(/link's access can't be changed/);
    expect(entries[0]?.removeLocked).toBeUndefined();
    const sections = groupEntries(entries);
    expect(sections.links.map((e) => e.id)).toEqual(['1', '3']);
    expect(sections.inherited.map((e) => e.id)).toEqual(['2']);
    expect(sections.people).toEqual([]);
  });

  it('shows the “no expiry” date as no expiry, and a real one as a date', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.viewLink).link).toMatchObject({ expiry: 'No expiry', access: 'Can view', createdBy: 'Sample Application' });
    expect(describeExpiry('2026-12-31T00:00:00Z', format)).toBe('Expires 31 Dec 2026');
    expect(describeExpiry(undefined, format)).toBeUndefined();
    expect(describeExpiry('soon', format)).toBe('soon');
  });

  it('names link scopes and who a specific-people link works for', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.peopleLink).link).toMatchObject({ scope: 'Specific people', grantedTo: ['Misty Suarez', 'Judith Clemons'] });
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.existingAccessLink)).toMatchObject({ name: 'People with existing access', link: { access: 'Can view' } });
    expect(entry({ id: 'a', roles: ['read'], link: { scope: 'anonymous', type: 'view' }, hasPassword: true }).link).toMatchObject({
      scope: 'Anyone with the link',
      hasPassword: true,
    });
  });

  it('reads identities from grantedToV2, else grantedTo, else the invitation email', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.pendingInvitation)).toMatchObject({ kind: 'person', name: 'jd@gmail.com', pending: true, role: 'write', roleLocked: undefined });
    expect(
      entry({ id: 'b', roles: ['read'], grantedTo: { user: { displayName: 'Old Shape' } }, grantedToV2: { user: { displayName: 'New Shape', email: 'new@contoso.test' } } }),
    ).toMatchObject({ name: 'New Shape', email: 'new@contoso.test', pending: false });
    expect(entry({ id: 'c', roles: ['write'], grantedToV2: { group: { displayName: 'Sales', email: 'sales@contoso.test' } } })).toMatchObject({
      kind: 'group',
      name: 'Sales',
      roleLocked: "A group's access can't be changed here. Remove the group, then share with it again.",
      removeLocked: undefined,
    });
    expect(entry({ id: 'd', roles: ['read'], grantedToV2: { siteGroup: { displayName: 'Members' } } })).toMatchObject({
      kind: 'group',
      name: 'Members',
      removeLocked: "This is one of the site's own groups. Manage it in the site's permissions.",
    });
  });

  it('locks the owner, and shows unknown roles as they come', () => {
    expect(entry({ id: 'o', roles: ['owner'], grantedToV2: { user: { displayName: 'Adele Vance' } } })).toMatchObject({
      kind: 'owner',
      access: 'Owner',
      roleLocked: 'The owner always has full access.',
      removeLocked: 'The owner always has full access.',
    });
    expect(entry({ id: 's', roles: ['sp.View Only'], grantedToV2: { user: { displayName: 'Lee Gu' } } })).toMatchObject({ access: 'sp.View Only', role: undefined, roleLocked: undefined });
  });

  it('tolerates Graph’s null for “not inherited”', () => {
    expect(entry({ id: 'n', roles: ['read'], inheritedFrom: null, grantedToV2: { user: { displayName: 'Lee Gu' } } }).inheritedFrom).toBeUndefined();
  });
});
