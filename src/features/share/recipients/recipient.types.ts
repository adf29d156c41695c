import type { LocalizedText } from '../../../i18n';

/** Exactly one of Graph's driveRecipient properties, as invite requires. */
export type DriveRecipient = { email: string } | { objectId: string };

/**
 * One person or group to share with: the same value on the chip, in the invite body, in the
 * per-recipient outcome and in Retry. Directory users and groups picked from suggestions go to
 * Graph by `objectId`; typed or pasted addresses and personal contacts go by `email`.
 */
export interface Recipient {
  /** Unique in the list: `id:<objectId>` or `email:<address in lower case>`. */
  key: string;
  /** What the user reads: the display name, else the address. */
  label: string;
  kind: 'user' | 'group' | 'email';
  /** The address when known: shown on the chip, checked against the verified domains, matched in Graph's answer. */
  email: string | undefined;
  jobTitle?: string | undefined;
  driveRecipient: DriveRecipient;
}

/** Text that could not be read: an error chip, never sent, until it is fixed or removed. */
export interface UnreadableEntry {
  kind: 'unreadable';
  key: string;
  text: string;
  reason: LocalizedText;
}

/** A chip in the recipient field. */
export type RecipientChip = Recipient | UnreadableEntry;

/** A suggestion from people, user or group search, ready to become a recipient. */
export interface RecipientSuggestion {
  /** The directory object id, or the address for people who are not in the directory. */
  id: string;
  source: 'people' | 'users' | 'groups';
  type: 'user' | 'group' | 'contact';
  displayName: string;
  email: string | undefined;
  jobTitle: string | undefined;
}

export function isRecipient(chip: RecipientChip): chip is Recipient {
  return chip.kind !== 'unreadable';
}

export function chipLabel(chip: RecipientChip): string {
  return chip.kind === 'unreadable' ? chip.text : chip.label;
}

export function emailKey(email: string): string {
  return `email:${email.toLowerCase()}`;
}

/** A typed, pasted or contact address. */
export function emailRecipient(email: string, displayName?: string): Recipient {
  return { key: emailKey(email), label: displayName ?? email, kind: 'email', email, driveRecipient: { email } };
}

/** Directory users and groups are sent by object id; contacts (not in the directory) by address. */
export function recipientFromSuggestion(suggestion: RecipientSuggestion): Recipient {
  if (suggestion.type === 'contact') return emailRecipient(suggestion.email ?? suggestion.id, suggestion.displayName);
  return {
    key: `id:${suggestion.id}`,
    label: suggestion.displayName,
    kind: suggestion.type,
    email: suggestion.email,
    jobTitle: suggestion.jobTitle,
    driveRecipient: { objectId: suggestion.id },
  };
}

export function objectIdOf(recipient: Recipient): string | undefined {
  return 'objectId' in recipient.driveRecipient ? recipient.driveRecipient.objectId : undefined;
}
