import type { Recipient, RecipientChip } from './recipient.types';

/** Domains compared in their ASCII (punycode) form, so `bücher.de` matches `xn--bcher-kva.de`. */
export function asciiDomain(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain.toLowerCase();
  }
}

export function verifiedDomainSet(domains: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return domains ? new Set(domains.map(asciiDomain)) : undefined;
}

/** Outside the tenant's verified domains; unknown (not yet loaded) domains mark nobody. */
export function isExternal(chip: RecipientChip, verified: ReadonlySet<string> | undefined): boolean {
  if (!verified || chip.kind === 'unreadable' || !chip.email) return false;
  if (chip.kind === 'group') return false;
  return !verified.has(asciiDomain(chip.email.slice(chip.email.lastIndexOf('@') + 1)));
}

export function externalRecipients(recipients: readonly Recipient[], verified: ReadonlySet<string> | undefined): Recipient[] {
  return recipients.filter((recipient) => isExternal(recipient, verified));
}
