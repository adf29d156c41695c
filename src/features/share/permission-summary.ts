import { describeRoles } from '../../components/describe-roles';
import { readGrantee, type Permission } from '../../lib/graph';

export { describeRoles };

export interface PermissionSummary {
  id: string;
  name: string;
  email: string | undefined;
  /** The role in words: "Can edit", "Can view", "Owner", or Graph's own string when unknown. */
  access: string;
  signInRequired: boolean | undefined;
}

/** Who a permission is for: grantedToV2, else the deprecated grantedTo, else the invitation's email. */
export function summarizePermission(permission: Permission): PermissionSummary {
  const grantee = readGrantee(permission);
  return {
    id: permission.id,
    name: grantee.displayName ?? grantee.email ?? 'Unknown recipient',
    email: grantee.email,
    access: describeRoles(permission.roles),
    signInRequired: permission.invitation?.signInRequired,
  };
}
