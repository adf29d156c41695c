// Permissions as OneDrive for Business returns them from invite and from list-permissions.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { ownerPermissionIdFor } from '../../tenant/ids';
import type { DirectoryUser, DriveRecord, PermissionRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { siteUserIdentity, userIdentity } from './identity';

export type GraphPermission = MSGraph.Permission & { '@deprecated.GrantedTo'?: string };

const GRANTED_TO_DEPRECATION = 'GrantedTo has been deprecated. Refer to GrantedToV2';

function grantedToUser(store: TenantStore, user: DirectoryUser): GraphPermission {
  return {
    '@deprecated.GrantedTo': GRANTED_TO_DEPRECATION,
    grantedTo: { user: userIdentity(user) },
    grantedToV2: { user: userIdentity(user), siteUser: siteUserIdentity(store, user) },
  };
}

/** The drive owner's implicit permission, listed first on every item of the drive. */
export function ownerPermission(store: TenantStore, drive: DriveRecord): GraphPermission {
  const owner = store.userById(drive.ownerId);
  if (!owner) return { id: ownerPermissionIdFor(drive.ownerId), roles: ['owner'] };
  return { id: ownerPermissionIdFor(owner.userPrincipalName), roles: ['owner'], ...grantedToUser(store, owner) };
}

export function toGraphPermission(store: TenantStore, permission: PermissionRecord): GraphPermission {
  const shaped: GraphPermission = { id: permission.id, roles: [...permission.roles] };
  // A directory user is resolved at once; an outside address stays a pending invitation
  // (no grantedTo) until someone redeems it.
  const user = permission.grantee.kind === 'user' ? store.userById(permission.grantee.userId) : undefined;
  if (user) {
    Object.assign(shaped, grantedToUser(store, user), {
      invitation: { ...permission.invitation },
      hasPassword: false,
    });
  } else {
    shaped.invitation = { ...permission.invitation };
  }
  return shaped;
}
