/**
 * Email validation with reasons a person can act on. Accepts what Exchange accepts for an
 * SMTP address (dot-atom local part, a domain with at least one dot, internationalised
 * domains), and rejects the rest with the first problem found.
 */
export type EmailCheck = { ok: true; address: string } | { ok: false; reason: string };

const LOCAL_ALLOWED = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/u;
// Letters and digits of any script, plus hyphens, for internationalised domain labels.
const LABEL_ALLOWED = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;

export function checkEmail(input: string): EmailCheck {
  const value = input.trim();
  const quoted = `“${value}”`;
  if (value === '') return { ok: false, reason: 'Type an email address.' };
  if (/\s/u.test(value)) return { ok: false, reason: `${quoted} has a space in it; an email address can't.` };
  const at = value.lastIndexOf('@');
  if (at === -1) return { ok: false, reason: `${quoted} is missing an @, like name@contoso.com.` };
  if (value.indexOf('@') !== at) return { ok: false, reason: `${quoted} has more than one @.` };
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '') return { ok: false, reason: `${quoted} is missing the name before the @.` };
  if (domain === '') return { ok: false, reason: `${quoted} is missing the domain after the @.` };
  if (value.length > 254) return { ok: false, reason: `${quoted} is longer than the 254 characters an address may have.` };
  if (local.length > 64) return { ok: false, reason: `The part before the @ in ${quoted} is longer than 64 characters.` };
  if (!LOCAL_ALLOWED.test(local)) {
    return { ok: false, reason: `The part before the @ in ${quoted} has characters an email address can't contain.` };
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return { ok: false, reason: `The part before the @ in ${quoted} can't start or end with a dot or have two dots in a row.` };
  }
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, reason: `The domain “${domain}” needs a dot, like contoso.com.` };
  if (labels.some((label) => label === '')) return { ok: false, reason: `The domain “${domain}” has an empty part between dots.` };
  if (labels.some((label) => label.length > 63 || !LABEL_ALLOWED.test(label))) {
    return { ok: false, reason: `The domain “${domain}” has characters a domain can't contain.` };
  }
  const topLevel = labels[labels.length - 1] ?? '';
  if (/^\d+$/u.test(topLevel)) return { ok: false, reason: `The domain “${domain}” must end in a name, not a number.` };
  return { ok: true, address: value };
}
