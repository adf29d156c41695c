const ROLE_WORDS: Record<string, string> = { owner: 'Owner', write: 'Can edit', read: 'Can view' };

/** Graph's roles in the dialog's words; the strongest known role wins, unknown ones (sp.*) show as they come. */
export function describeRoles(roles: readonly string[]): string {
  if (roles.length === 0) return 'No access';
  for (const known of ['owner', 'write', 'read']) if (roles.includes(known)) return ROLE_WORDS[known] ?? known;
  return roles.join(', ');
}
