/** The roles an invite or a permission update can grant (Graph also reports `owner` and `sp.*` roles, never granted here). */
export const GRANTABLE_ROLES = ['read', 'write'] as const;

export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export function isGrantableRole(value: unknown): value is GrantableRole {
  return value === 'read' || value === 'write';
}
