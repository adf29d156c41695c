import type { DisplayText } from './display-text';

const ROLE_WORDS = { owner: 'common.role.owner', write: 'common.role.write', read: 'common.role.read' } as const;

/** Graph's roles in the dialog's words; the strongest known role wins, unknown ones (sp.*) show as they come. */
export function roleText(roles: readonly string[]): DisplayText {
  if (roles.length === 0) return { id: 'common.role.none' };
  for (const known of ['owner', 'write', 'read'] as const) if (roles.includes(known)) return { id: ROLE_WORDS[known] };
  return { verbatim: roles.join(', ') };
}
