import type { Permission } from './schemas';

/** Whom a permission is for, read the way Graph's docs say to (docs/graph-behaviour.md#grantee). */
export interface Grantee {
  kind: 'user' | 'group' | 'application' | 'invitation' | 'unknown';
  displayName: string | undefined;
  email: string | undefined;
  /** The group is one of a SharePoint site's own groups (siteGroup / sharePointGroup), not a directory group. */
  siteGroup: boolean;
}

/**
 * grantedToV2 first, then the deprecated grantedTo, then the invitation's address (an outside
 * person who has not redeemed it yet). `email` is an open property Graph adds when it can.
 */
export function readGrantee(permission: Permission): Grantee {
  const v2 = permission.grantedToV2;
  const v1 = permission.grantedTo;
  const group = v2?.user ? undefined : (v2?.group ?? v2?.sharePointGroup ?? v2?.siteGroup ?? v1?.group);
  const application = v2?.application ?? v1?.application;
  const identity = v2?.user ?? group ?? v2?.siteUser ?? v1?.user ?? application;
  const email = v2?.user?.email ?? group?.email ?? v2?.siteUser?.email ?? v1?.user?.email ?? permission.invitation?.email;
  const kind = group ? 'group' : identity && identity === application ? 'application' : identity ? 'user' : permission.invitation ? 'invitation' : 'unknown';
  return {
    kind,
    displayName: identity?.displayName ?? v2?.sharePointGroup?.title,
    email,
    siteGroup: kind === 'group' && !v2?.group && !!(v2?.siteGroup ?? v2?.sharePointGroup),
  };
}
