import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { englishText, formatText, type DisplayText } from '../../components/display-text';
import { messages as german } from '../../i18n/catalogs/de';
import { collectionSchema, permissionSchema } from '../../lib/graph';
import { LIST_PERMISSIONS_EXAMPLE, PERMISSION_RESOURCE_EXAMPLES } from '../../testing/graph-doc-examples';
import { describeExpiry, groupEntries, toAccessEntry } from './access-entry';

const entry = (raw: unknown) => toAccessEntry(permissionSchema.parse(raw));
/** The English words the UI would show, for assertions that read like the screen. */
const en = (text: DisplayText | undefined) => (text === undefined ? undefined : englishText(text));

describe('toAccessEntry', () => {
  it('reads the list-permissions docs example: two links and an inherited person', () => {
    const entries = collectionSchema(permissionSchema)
      .parse(LIST_PERMISSIONS_EXAMPLE)
      .value.map((permission) => toAccessEntry(permission));
    expect(entries.map((e) => [e.kind, en(e.name), en(e.access)])).toEqual([
      ['link', 'Sharing link', 'Can edit'],
      ['person', 'John Doe', 'Can edit'],
      ['link', 'Sharing link', 'Can edit'],
    ]);
    expect(entries[1]).toMatchObject({ inheritedFrom: { place: 'folder', name: 'Documents' } });
    expect(en(entries[1]?.roleLocked)).toBe('Inherited from Documents. Change it there.');
    expect(en(entries[1]?.removeLocked)).toBe('Inherited from Documents. Change it there.');
    expect(entries[2]?.link).toMatchObject({ createdBy: 'Contoso Time Manager', webUrl: LIST_PERMISSIONS_EXAMPLE.value[2]?.link?.webUrl });
    expect(en(entries[0]?.roleLocked)).toMatch(/link's access can't be changed/);
    expect(entries[0]?.removeLocked).toBeUndefined();
    const sections = groupEntries(entries);
    expect(sections.links.map((e) => e.id)).toEqual(['1', '3']);
    expect(sections.inherited.map((e) => e.id)).toEqual(['2']);
    expect(sections.people).toEqual([]);
  });

  it('says where access is inherited from when Graph gives no folder name', () => {
    const inherited = (inheritedFrom: unknown) => entry({ id: 'i', roles: ['read'], inheritedFrom, grantedToV2: { user: { displayName: 'Lee Gu' } } });
    expect(en(inherited({ path: '/drives/b!d/root:' }).roleLocked)).toBe('Inherited from the top of the drive. Change it there.');
    expect(en(inherited({ path: '/drives/b!d/root:/Team%20Docs/2026' }).roleLocked)).toBe('Inherited from Team Docs/2026. Change it there.');
    expect(en(inherited({ driveId: 'b!d' }).roleLocked)).toBe('Inherited from a folder above this item. Change it there.');
    const de = createIntl({ locale: 'de', messages: german });
    expect(formatText(de, inherited({ path: '/drives/b!d/root:' }).roleLocked!)).toBe('Von der obersten Ebene des Laufwerks geerbt. Ändern Sie es dort.');
  });

  it('reads the “no expiry” date as no expiry, and a real one as a date', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.viewLink).link).toMatchObject({
      expiry: { kind: 'none' },
      access: { id: 'common.role.read' },
      createdBy: 'Sample Application',
    });
    expect(describeExpiry('2026-12-31T00:00:00Z')).toEqual({ kind: 'date', date: new Date('2026-12-31T00:00:00Z') });
    expect(describeExpiry(undefined)).toBeUndefined();
    expect(describeExpiry('soon')).toEqual({ kind: 'unreadable', value: 'soon' });
  });

  it('names link scopes and who a specific-people link works for', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.peopleLink).link).toMatchObject({
      scope: { id: 'access.scope.users' },
      grantedTo: ['Misty Suarez', 'Judith Clemons'],
    });
    const existing = entry(PERMISSION_RESOURCE_EXAMPLES.existingAccessLink);
    expect([en(existing.name), en(existing.link?.access)]).toEqual(['People with existing access', 'Can view']);
    const anyone = entry({ id: 'a', roles: ['read'], link: { scope: 'anonymous', type: 'view' }, hasPassword: true }).link;
    expect([en(anyone?.scope), anyone?.hasPassword]).toEqual(['Anyone with the link', true]);
    // Words Graph may add later are shown as Graph wrote them, not dropped.
    expect(entry({ id: 'f', roles: ['read'], link: { scope: 'futureScope', type: 'futureType' } }).link).toMatchObject({
      scope: { verbatim: 'futureScope' },
      access: { verbatim: 'futureType' },
    });
  });

  it('reads identities from grantedToV2, else grantedTo, else the invitation email', () => {
    expect(entry(PERMISSION_RESOURCE_EXAMPLES.pendingInvitation)).toMatchObject({
      kind: 'person',
      name: { verbatim: 'jd@gmail.com' },
      pending: true,
      role: 'write',
      roleLocked: undefined,
    });
    expect(
      entry({
        id: 'b',
        roles: ['read'],
        grantedTo: { user: { displayName: 'Old Shape' } },
        grantedToV2: { user: { displayName: 'New Shape', email: 'new@contoso.test' } },
      }),
    ).toMatchObject({ name: { verbatim: 'New Shape' }, email: 'new@contoso.test', pending: false });
    const sales = entry({ id: 'c', roles: ['write'], grantedToV2: { group: { displayName: 'Sales', email: 'sales@contoso.test' } } });
    expect(sales).toMatchObject({ kind: 'group', name: { verbatim: 'Sales' }, removeLocked: undefined });
    expect(en(sales.roleLocked)).toBe("A group's access can't be changed here. Remove the group, then share with it again.");
    const members = entry({ id: 'd', roles: ['read'], grantedToV2: { siteGroup: { displayName: 'Members' } } });
    expect(members).toMatchObject({ kind: 'group', name: { verbatim: 'Members' } });
    expect(en(members.removeLocked)).toBe("This is one of the site's own groups. Manage it in the site's permissions.");
    expect(en(entry({ id: 'e', roles: ['read'] }).name)).toBe('Unknown person');
  });

  it('locks the owner, and shows unknown roles as they come', () => {
    const owner = entry({ id: 'o', roles: ['owner'], grantedToV2: { user: { displayName: 'Adele Vance' } } });
    expect(owner).toMatchObject({
      kind: 'owner',
      access: { id: 'common.role.owner' },
      roleLocked: { id: 'access.locked.owner' },
      removeLocked: { id: 'access.locked.owner' },
    });
    expect(en(owner.roleLocked)).toBe('The owner always has full access.');
    expect(entry({ id: 's', roles: ['sp.View Only'], grantedToV2: { user: { displayName: 'Lee Gu' } } })).toMatchObject({
      access: { verbatim: 'sp.View Only' },
      role: undefined,
      roleLocked: undefined,
    });
  });

  it('tolerates Graph’s null for “not inherited”', () => {
    expect(entry({ id: 'n', roles: ['read'], inheritedFrom: null, grantedToV2: { user: { displayName: 'Lee Gu' } } }).inheritedFrom).toBeUndefined();
  });
});
