import { roleText } from '../../components/describe-roles';
import type { DisplayText } from '../../components/display-text';
import type { LocalizedText, MessageId } from '../../i18n';
import { readGrantee, type GrantableRole, type Permission } from '../../lib/graph';

export type AccessEntryKind = 'owner' | 'person' | 'group' | 'link';

/** When a link stops working: never, on a date (shown in the user's format), or Graph's text as it came. */
export type Expiry = { kind: 'none' } | { kind: 'date'; date: Date } | { kind: 'unreadable'; value: string };

/** Where inherited access comes from: a named folder, the top of the drive, or somewhere above. */
export interface InheritedFrom {
  place: 'folder' | 'top' | 'above';
  /** The folder's name; empty unless place is 'folder'. */
  name: string;
}

export interface LinkDetails {
  /** "Anyone with the link", "People in your organization", … or Graph's own word when unknown. */
  scope: DisplayText;
  /** "Can view", "Can edit", … */
  access: DisplayText;
  webUrl: string | undefined;
  /** Undefined when Graph says nothing. */
  expiry: Expiry | undefined;
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
  /** A person's or group's name as Graph gives it; for a link, its scope in words. */
  name: DisplayText;
  email: string | undefined;
  roles: string[];
  /** The role in words: "Can view", "Can edit", "Owner", or Graph's own string (sp.*) as it came. */
  access: DisplayText;
  /** The role a Can view / Can edit control shows; undefined for roles it cannot show. */
  role: GrantableRole | undefined;
  /** Set when inherited: where from. */
  inheritedFrom: InheritedFrom | undefined;
  /** An invitation to an address that nobody has redeemed yet. */
  pending: boolean;
  link: LinkDetails | undefined;
  /** Why the role cannot be changed here; undefined when it can. */
  roleLocked: LocalizedText | undefined;
  /** Why the entry cannot be removed here; undefined when it can. */
  removeLocked: LocalizedText | undefined;
}

const LINK_SCOPES: Record<string, MessageId> = {
  anonymous: 'access.scope.anonymous',
  organization: 'access.scope.organization',
  users: 'access.scope.users',
  existingAccess: 'access.scope.existingAccess',
};
const LINK_TYPES: Record<string, MessageId> = {
  view: 'common.role.read',
  edit: 'common.role.write',
  review: 'access.linkType.review',
  embed: 'access.linkType.embed',
  blocksDownload: 'access.linkType.blocksDownload',
  createOnly: 'access.linkType.createOnly',
};

/** Graph's word for the link, in the dialog's words when it is one we know. */
function known(words: Record<string, MessageId>, value: string | undefined): DisplayText | undefined {
  if (value === undefined) return undefined;
  const id = words[value];
  return id ? { id } : { verbatim: value };
}

/** Graph writes "no expiry" as DateTime.MinValue (0001-01-01T00:00:00Z). */
export function describeExpiry(value: string | null | undefined): Expiry | undefined {
  if (!value) return undefined;
  if (value.startsWith('0001-01-01')) return { kind: 'none' };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? { kind: 'unreadable', value } : { kind: 'date', date };
}

/** "/drive/root:/Documents/Reports" → "Documents/Reports"; the root itself → the top of the drive. */
export function describeInheritedFrom(reference: NonNullable<Permission['inheritedFrom']>): InheritedFrom {
  if (reference.name) return { place: 'folder', name: reference.name };
  const path = reference.path?.replace(/^.*?root:?/, '').replace(/^\/+/, '');
  if (path === undefined) return { place: 'above', name: '' };
  return path === '' ? { place: 'top', name: '' } : { place: 'folder', name: decodeURIComponent(path) };
}

type IdentitySet = NonNullable<Permission['grantedToV2']>;

function nameOf(set: IdentitySet | undefined): string | undefined {
  return set?.user?.displayName ?? set?.user?.email ?? set?.group?.displayName ?? set?.siteUser?.displayName ?? set?.application?.displayName;
}

export function toAccessEntry(permission: Permission): AccessEntry {
  const grantee = readGrantee(permission);
  const email = grantee.email;
  const isOwner = permission.roles.includes('owner');
  const kind: AccessEntryKind = permission.link ? 'link' : isOwner ? 'owner' : grantee.kind === 'group' ? 'group' : 'person';
  const inheritedFrom = permission.inheritedFrom ? describeInheritedFrom(permission.inheritedFrom) : undefined;
  const link = permission.link
    ? {
        scope:
          known(LINK_SCOPES, permission.link.scope) ??
          ({ id: permission.grantedToIdentitiesV2?.length ? 'access.scope.users' : 'access.scope.unknown' } satisfies DisplayText),
        access: known(LINK_TYPES, permission.link.type) ?? roleText(permission.roles),
        webUrl: permission.link.webUrl,
        expiry: describeExpiry(permission.expirationDateTime),
        hasPassword: permission.hasPassword === true,
        createdBy: permission.link.application?.displayName,
        grantedTo: (permission.grantedToIdentitiesV2 ?? permission.grantedToIdentities ?? []).map((set) => nameOf(set)).filter((n): n is string => !!n),
      }
    : undefined;
  const personName = grantee.displayName ?? email;
  const name: DisplayText = link ? link.scope : personName !== undefined ? { verbatim: personName } : { id: 'access.entry.unknownPerson' };
  const access = roleText(permission.roles);
  const role = permission.roles.includes('write') ? 'write' : permission.roles.includes('read') ? 'read' : undefined;

  let roleLocked: LocalizedText | undefined;
  let removeLocked: LocalizedText | undefined;
  if (isOwner) {
    roleLocked = removeLocked = { id: 'access.locked.owner' };
  } else if (inheritedFrom) {
    roleLocked = removeLocked = { id: 'access.locked.inherited', values: { ...inheritedFrom } };
  } else if (link) {
    // Graph answers 400 to a roles PATCH on a link or a group: only user permissions take new roles
    // (docs/graph-behaviour.md#link-role-changes).
    roleLocked = { id: 'access.locked.link' };
  } else if (kind === 'group' && grantee.siteGroup) {
    // A site's own SharePoint groups (Owners, Members, Visitors) come with the library, not the item.
    roleLocked = removeLocked = { id: 'access.locked.siteGroup' };
  } else if (kind === 'group') {
    roleLocked = { id: 'access.locked.group' };
  }
  return {
    id: permission.id,
    etag: permission['@odata.etag'],
    kind,
    name,
    email: email && (link !== undefined || email !== personName) ? email : undefined,
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
