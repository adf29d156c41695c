import { englishText, type DisplayText } from './display-text';

const ROLE_WORDS = { owner: 'common.role.owner', write: 'common.role.write', read: 'common.role.read' } as const;

/** Graph's roles in the dialog's words; the strongest known role wins, unknown ones (sp.*) show as they come. */
export function roleText(roles: readonly string[]): DisplayText {
  if (roles.length === 0) return { id: 'common.role.none' };
  for (const known of ['owner', 'write', 'read'] as const) if (roles.includes(known)) return { id: ROLE_WORDS[known] };
  return { verbatim: roles.join(', ') };
}

/**
 * The same in English, for code that has not moved to `roleText` yet (the share feature's summary).
 * @deprecated Format `roleText` with the user's intl instead, so the role shows in their language.
 */
export function describeRoles(roles: readonly string[]): string {
  return englishText(roleText(roles));
}
