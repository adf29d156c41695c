// Permissions as OneDrive and SharePoint return them from invite and from list-permissions:
// direct grants to users and groups, pending invitations to outside addresses, sharing links,
// and the implicit permissions of a drive's owners (and, on libraries, its members).
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { ownerPermissionIdFor } from '../../tenant/ids';
import type { DirectoryGroup, DirectoryUser, DriveRecord, ItemRecord, PermissionRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { linkUrlFor, shareIdForLink } from './links';
import { siteUserIdentity, userIdentity, type IdentityWithEmail } from './identity';

export type GraphPermission = MSGraph.Permission & {
  '@deprecated.GrantedTo'?: string;
  '@deprecated.GrantedToIdentities'?: string;
  '@odata.etag'?: string;
};

const GRANTED_TO_DEPRECATION = 'GrantedTo has been deprecated. Refer to GrantedToV2';
const GRANTED_TO_IDENTITIES_DEPRECATION = 'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2';

/**
 * The emulator's per-permission tag (documented in the README): opaque, and it changes whenever
 * the permission changes. PATCH and DELETE accept it in if-match, as well as the item's eTag/cTag.
 */
export function permissionEtag(permission: PermissionRecord): string {
  return `"${Buffer.from(`${permission.id}:${permission.version}`).toString('base64url')}"`;
}

function grantedToUser(store: TenantStore, user: DirectoryUser): GraphPermission {
  return {
    '@deprecated.GrantedTo': GRANTED_TO_DEPRECATION,
    grantedTo: { user: userIdentity(user) },
    grantedToV2: { user: userIdentity(user), siteUser: siteUserIdentity(store, user) },
  };
}

function groupIdentity(group: DirectoryGroup): IdentityWithEmail {
  return { id: group.id, displayName: group.displayName, ...(group.mail ? { email: group.mail } : {}) };
}

function grantedToGroup(group: DirectoryGroup): GraphPermission {
  return {
    '@deprecated.GrantedTo': GRANTED_TO_DEPRECATION,
    // SharePoint reports groups in the legacy facet as a "user" carrying the group's name.
    grantedTo: { user: groupIdentity(group) },
    grantedToV2: {
      group: groupIdentity(group),
      siteUser: {
        id: group.id,
        displayName: group.displayName,
        loginName: `c:0o.c|federateddirectoryclaimprovider|${group.id}${group.groupTypes.includes('Unified') ? '' : '_o'}`,
      },
    },
  };
}

/** The implicit permissions every item of a drive shows: its owner, or a library's site groups. */
export function drivePermissions(store: TenantStore, drive: DriveRecord): GraphPermission[] {
  if (drive.owner.kind === 'user') {
    const owner = store.userById(drive.owner.userId);
    if (!owner) return [];
    return [{ id: ownerPermissionIdFor(owner.userPrincipalName), roles: ['owner'], ...grantedToUser(store, owner) }];
  }
  const site = drive.siteId ? store.siteById(drive.siteId) : undefined;
  const title = site?.displayName ?? 'Site';
  const siteGroup = (name: string, id: string, roles: string[]): GraphPermission => ({
    id: Buffer.from(`sitegroup:${drive.id}:${name}`).toString('base64url'),
    roles,
    '@deprecated.GrantedTo': GRANTED_TO_DEPRECATION,
    grantedTo: { user: { displayName: `${title} ${name}` } },
    grantedToV2: { siteGroup: { id, displayName: `${title} ${name}`, loginName: `${title} ${name}` } },
  });
  const out = [siteGroup('Owners', '3', ['owner']), siteGroup('Members', '5', ['write'])];
  if (drive.everyoneCanRead) out.push(siteGroup('Visitors', '4', ['read']));
  return out;
}

export interface PermissionView {
  /**
   * Only callers who could create the permission see a link's URL and shareId
   * (docs/graph-behaviour.md#permissions-list).
   */
  showSecrets: boolean;
  /** Set when listed on a descendant of the item that carries it. */
  inheritedFrom?: MSGraph.ItemReference;
}

export function toGraphPermission(store: TenantStore, permission: PermissionRecord, view: PermissionView = { showSecrets: true }): GraphPermission {
  const shaped: GraphPermission = { '@odata.etag': permissionEtag(permission), id: permission.id, roles: [...permission.roles] };
  const grantee = permission.grantee;
  if (grantee.kind === 'user') {
    const user = store.userById(grantee.userId);
    if (user) Object.assign(shaped, grantedToUser(store, user));
  } else if (grantee.kind === 'group') {
    const group = store.groupById(grantee.groupId);
    if (group) Object.assign(shaped, grantedToGroup(group));
  } else if (grantee.kind === 'link') {
    const item = store.itemById(permission.itemId);
    const drive = store.drive(permission.driveId);
    const link: MSGraph.SharingLink = { scope: grantee.scope, type: grantee.type, preventsDownload: false };
    if (view.showSecrets && item && drive) link.webUrl = linkUrlFor(store, drive, item, grantee.token);
    shaped.link = link;
    if (view.showSecrets && item && drive) shaped.shareId = shareIdForLink(store, drive, item, grantee.token);
    if (grantee.scope === 'users') {
      const people = grantee.userIds.map((id) => store.userById(id)).filter((u): u is DirectoryUser => !!u);
      const identities = [
        ...people.map((u) => ({ user: userIdentity(u), siteUser: siteUserIdentity(store, u) })),
        ...grantee.emails.map((email) => ({ user: { displayName: email, email } })),
      ];
      shaped['@deprecated.GrantedToIdentities'] = GRANTED_TO_IDENTITIES_DEPRECATION;
      shaped.grantedToIdentities = identities.map((i) => ({ user: i.user }));
      shaped.grantedToIdentitiesV2 = identities;
    }
  }
  // An outside address stays a pending invitation (no grantedTo) until someone redeems it.
  if (permission.invitation) shaped.invitation = { ...permission.invitation };
  shaped.hasPassword = permission.hasPassword;
  if (permission.expirationDateTime) shaped.expirationDateTime = permission.expirationDateTime;
  if (view.inheritedFrom) shaped.inheritedFrom = view.inheritedFrom;
  return shaped;
}

export function itemReference(drive: DriveRecord, item: ItemRecord): MSGraph.ItemReference {
  return { driveId: drive.id, driveType: drive.driveType, id: item.id, path: `/drive/root:${item.parentId === null ? '' : item.path}` };
}
