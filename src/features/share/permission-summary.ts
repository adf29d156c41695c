import { roleText } from '../../components/describe-roles';
import type { LocalizedText } from '../../i18n';
import { readGrantee, type Permission } from '../../lib/graph';

export interface PermissionSummary {
  id: string;
  /** Undefined when Graph's answer names nobody. */
  name: string | undefined;
  email: string | undefined;
  /** The role in words ("Can edit", "Can view", "Owner"); undefined when Graph gave only roles we do not know (sp.*). */
  access: LocalizedText | undefined;
  /** Graph's roles as they came, shown when `access` is undefined. */
  roles: readonly string[];
  signInRequired: boolean | undefined;
}

/** Graph's roles in the dialog's words: the strongest known role wins; none at all is "No access". */
export function describeRoles(roles: readonly string[]): LocalizedText | undefined {
  // The same words as Manage access; roles we do not know are listed by the caller instead.
  const text = roleText(roles);
  return 'verbatim' in text ? undefined : text;
}

/** Who a permission is for: grantedToV2, else the deprecated grantedTo, else the invitation's email. */
export function summarizePermission(permission: Permission): PermissionSummary {
  const grantee = readGrantee(permission);
  return {
    id: permission.id,
    name: grantee.displayName ?? grantee.email,
    email: grantee.email,
    access: describeRoles(permission.roles),
    roles: permission.roles,
    signInRequired: permission.invitation?.signInRequired,
  };
}
