import type { LocalizedText } from '../../../i18n';

/**
 * Email validation with reasons a person can act on. Accepts what Exchange accepts for an
 * SMTP address (dot-atom local part, a domain with at least one dot, internationalised
 * domains), and rejects the rest with the first problem found.
 */
export type EmailCheck = { ok: true; address: string } | { ok: false; reason: LocalizedText };

const MAX_ADDRESS = 254;
const MAX_LOCAL_PART = 64;
const LOCAL_ALLOWED = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/u;
// Letters and digits of any script, plus hyphens, for internationalised domain labels.
const LABEL_ALLOWED = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;

// The common case in one pass: an ASCII dot-atom local part and ASCII domain labels that start and
// end with a letter or digit. Everything it accepts the checks below accept too; whatever it does
// not match goes through them, which find the reason.
const PLAIN_ASCII =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;
const NUMERIC_TOP_LEVEL = /\.\d+$/u;

/** True for addresses the one-pass check accepts (a pasted thousand are read in a few milliseconds). */
export function isPlainAddress(value: string): boolean {
  return value.length <= MAX_ADDRESS && PLAIN_ASCII.test(value) && value.indexOf('@') <= MAX_LOCAL_PART && !NUMERIC_TOP_LEVEL.test(value);
}

export function checkEmail(input: string): EmailCheck {
  const value = input.trim();
  return isPlainAddress(value) ? { ok: true, address: value } : checkEmailInDetail(value);
}

/** Every rule in turn, stopping at the first one broken: slower, but it knows the reason. */
export function checkEmailInDetail(input: string): EmailCheck {
  const value = input.trim();
  const fail = (id: LocalizedText['id'], values: LocalizedText['values'] = { address: value }): EmailCheck => ({ ok: false, reason: { id, values } });
  if (value === '') return { ok: false, reason: { id: 'share.email.empty' } };
  if (/\s/u.test(value)) return fail('share.email.space');
  const at = value.lastIndexOf('@');
  if (at === -1) return fail('share.email.noAt');
  if (value.indexOf('@') !== at) return fail('share.email.manyAt');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '') return fail('share.email.noLocalPart');
  if (domain === '') return fail('share.email.noDomain');
  if (value.length > MAX_ADDRESS) return fail('share.email.tooLong', { address: value, max: MAX_ADDRESS });
  if (local.length > MAX_LOCAL_PART) return fail('share.email.localTooLong', { address: value, max: MAX_LOCAL_PART });
  if (!LOCAL_ALLOWED.test(local)) return fail('share.email.localCharacters');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return fail('share.email.localDots');
  const labels = domain.split('.');
  if (labels.length < 2) return fail('share.email.domainNoDot', { domain });
  if (labels.some((label) => label === '')) return fail('share.email.domainEmptyPart', { domain });
  if (labels.some((label) => label.length > 63 || !LABEL_ALLOWED.test(label))) return fail('share.email.domainCharacters', { domain });
  const topLevel = labels[labels.length - 1] ?? '';
  if (/^\d+$/u.test(topLevel)) return fail('share.email.domainNumeric', { domain });
  return { ok: true, address: value };
}
