import type { Permission } from '../../lib/graph';

export interface PermissionSummary {
  id: string;
  name: string;
  email: string | undefined;
  /** The role in words: "Can edit", "Can view", "Owner", or Graph's own string when unknown. */
  access: string;
  signInRequired: boolean | undefined;
}

const ROLE_WORDS: Record<string, string> = { write: 'Can edit', read: 'Can view', owner: 'Owner' };

export function describeRoles(roles: readonly string[]): string {
  if (roles.length === 0) return 'No access';
  // The strongest known role names the access; unknown ones (sp.*) are shown as they come.
  if (roles.includes('owner')) return ROLE_WORDS.owner ?? 'Owner';
  if (roles.includes('write')) return ROLE_WORDS.write ?? 'Can edit';
  if (roles.includes('read')) return ROLE_WORDS.read ?? 'Can view';
  return roles.join(', ');
}

/** Who a permission is for: grantedToV2, else the deprecated grantedTo, else the invitation's email. */
export function summarizePermission(permission: Permission): PermissionSummary {
  const v2 = permission.grantedToV2;
  const identity = v2?.user ?? v2?.group ?? v2?.siteGroup ?? v2?.siteUser ?? permission.grantedTo?.user ?? permission.grantedTo?.group;
  const email = identity?.email ?? v2?.siteUser?.email ?? permission.invitation?.email;
  return {
    id: permission.id,
    name: identity?.displayName ?? email ?? 'Unknown recipient',
    email,
    access: describeRoles(permission.roles),
    signInRequired: permission.invitation?.signInRequired,
  };
}
