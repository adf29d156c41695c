// Identity sets as OneDrive returns them. `identity` is an open type in Graph's schema and ODB
// adds `email`, which the typings do not declare, hence the widened types here.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DirectoryUser } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';

export type IdentityWithEmail = MSGraph.Identity & { email?: string };
export type SharePointIdentityWithEmail = MSGraph.SharePointIdentity & { email?: string };

export function userIdentity(user: DirectoryUser): IdentityWithEmail {
  return { email: user.mail, id: user.id, displayName: user.displayName };
}

export function userIdentitySet(user: DirectoryUser): MSGraph.IdentitySet {
  return { user: userIdentity(user) };
}

/** SharePoint site users have small numeric ids per site; the directory order keeps them stable. */
export function siteUserIdentity(store: TenantStore, user: DirectoryUser): SharePointIdentityWithEmail {
  const index = store.listUsers().findIndex((u) => u.id === user.id);
  return {
    displayName: user.displayName,
    email: user.mail,
    id: String(index + 7),
    loginName: `i:0#.f|membership|${user.userPrincipalName}`,
  };
}
