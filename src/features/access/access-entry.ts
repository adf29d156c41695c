import { describeRoles } from '../../components/describe-roles';
import { readGrantee, type Permission } from '../../lib/graph';

export type AccessEntryKind = 'owner' | 'person' | 'group' | 'link';

export interface LinkDetails {
  /** "Anyone with the link", "People in your organization", … or Graph's own word when unknown. */
  scope: string;
  /** "Can view", "Can edit", … */
  access: string;
  webUrl: string | undefined;
  /** A date in words, "No expiry", or undefined when Graph says nothing. */
  expiry: string | undefined;
  hasPassword: boolean;
  /** The app that created the link, when Graph says. */
  createdBy: string | undefined;
  /** Who a "specific people" link works for. */
  grantedTo: string[];
}

export interface AccessEntry {
  id: string;
  /** The permission's own tag when Graph gives one; sent as if-match in preference to the item's eTag. */
  etag: string | undefined;
  kind: AccessEntryKind;
  name: string;
  email: string | undefined;
  roles: string[];
  /** The role in words: "Can view", "Can edit", "Owner", or Graph's own string (sp.*) as it came. */
  access: string;
  /** The role a Can view / Can edit control shows; undefined for roles it cannot show. */
  role: 'read' | 'write' | undefined;
  /** Set when inherited: where from, in words. */
  inheritedFrom: string | undefined;
  /** An invitation to an address that nobody has redeemed yet. */
  pending: boolean;
  link: LinkDetails | undefined;
  /** Why the role cannot be changed here; undefined when it can. */
  roleLocked: string | undefined;
  /** Why the entry cannot be removed here; undefined when it can. */
  removeLocked: string | undefined;
}

const LINK_SCOPES: Record<string, string> = {
  anonymous: 'Anyone with the link',
  organization: 'People in your organization',
  users: 'Specific people',
  existingAccess: 'People with existing access',
};
const LINK_TYPES: Record<string, string> = {
  view: 'Can view',
  edit: 'Can edit',
  review: 'Can review',
  embed: 'Can embed',
  blocksDownload: "Can view, can't download",
  createOnly: 'Can upload only',
};

/** Graph writes "no expiry" as DateTime.MinValue (0001-01-01T00:00:00Z). */
export function describeExpiry(value: string | null | undefined, format: Intl.DateTimeFormat): string | undefined {
  if (!value) return undefined;
  if (value.startsWith('0001-01-01')) return 'No expiry';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : `Expires ${format.format(date)}`;
}

/** "/drive/root:/Documents/Reports" → "Documents/Reports"; the root itself → "My files". */
export function describeInheritedFrom(reference: NonNullable<Permission['inheritedFrom']>): string {
  if (reference.name) return reference.name;
  const path = reference.path?.replace(/^.*?root:?/, '').replace(/^\/+/, '');
  if (path === undefined) return 'a folder above this item';
  return path === '' ? 'the top of the drive' : decodeURIComponent(path);
}

type IdentitySet = NonNullable<Permission['grantedToV2']>;

function nameOf(set: IdentitySet | undefined): string | undefined {
  return set?.user?.displayName ?? set?.user?.email ?? set?.group?.displayName ?? set?.siteUser?.displayName ?? set?.application?.displayName;
}

export function toAccessEntry(permission: Permission, format: Intl.DateTimeFormat): AccessEntry {
  const grantee = readGrantee(permission);
  const email = grantee.email;
  const isOwner = permission.roles.includes('owner');
  const kind: AccessEntryKind = permission.link ? 'link' : isOwner ? 'owner' : grantee.kind === 'group' ? 'group' : 'person';
  const inheritedFrom = permission.inheritedFrom ? describeInheritedFrom(permission.inheritedFrom) : undefined;
  const link = permission.link
    ? {
        scope: LINK_SCOPES[permission.link.scope ?? ''] ?? permission.link.scope ?? (permission.grantedToIdentitiesV2?.length ? 'Specific people' : 'Sharing link'),
        access: LINK_TYPES[permission.link.type ?? ''] ?? permission.link.type ?? describeRoles(permission.roles),
        webUrl: permission.link.webUrl,
        expiry: describeExpiry(permission.expirationDateTime, format),
        hasPassword: permission.hasPassword === true,
        createdBy: permission.link.application?.displayName,
        grantedTo: (permission.grantedToIdentitiesV2 ?? permission.grantedToIdentities ?? []).map((set) => nameOf(set)).filter((n): n is string => !!n),
      }
    : undefined;
  const name: string = link ? link.scope : (grantee.displayName ?? email ?? 'Unknown person');
  const access = describeRoles(permission.roles);
  const role = permission.roles.includes('write') ? 'write' : permission.roles.includes('read') ? 'read' : undefined;

  let roleLocked: string | undefined;
  let removeLocked: string | undefined;
  if (isOwner) {
    roleLocked = removeLocked = 'The owner always has full access.';
  } else if (inheritedFrom) {
    roleLocked = removeLocked = `Inherited from ${inheritedFrom}. Change it there.`;
  } else if (link) {
    // Graph answers 400 to a roles PATCH on a link or a group: only user permissions take new roles
    // (graph-api.md §3.2, §5.9).
    roleLocked = "A link's access can't be changed. Remove the link and create a new one.";
  } else if (kind === 'group' && grantee.siteGroup) {
    // A site's own SharePoint groups (Owners, Members, Visitors) come with the library, not the item.
    roleLocked = removeLocked = "This is one of the site's own groups. Manage it in the site's permissions.";
  } else if (kind === 'group') {
    roleLocked = "A group's access can't be changed here. Remove the group, then share with it again.";
  }
  return {
    id: permission.id,
    etag: permission['@odata.etag'],
    kind,
    name,
    email: email && email !== name ? email : undefined,
    roles: permission.roles,
    access,
    role,
    inheritedFrom,
    pending: grantee.kind === 'invitation',
    link,
    roleLocked,
    removeLocked,
  };
}

export interface AccessSections {
  people: AccessEntry[];
  groups: AccessEntry[];
  links: AccessEntry[];
  inherited: AccessEntry[];
}

/** The owner first, then people, groups and links given on the item, then what comes from above. */
export function groupEntries(entries: readonly AccessEntry[]): AccessSections {
  const direct = entries.filter((entry) => !entry.inheritedFrom);
  return {
    people: [...direct.filter((entry) => entry.kind === 'owner'), ...direct.filter((entry) => entry.kind === 'person')],
    groups: direct.filter((entry) => entry.kind === 'group'),
    links: direct.filter((entry) => entry.kind === 'link'),
    inherited: entries.filter((entry) => !!entry.inheritedFrom),
  };
}
