import type { LocalizedText } from '../../../i18n';

/**
 * A chip in the recipient field. Directory users and groups picked from suggestions are sent
 * to Graph by `objectId`; anything typed or pasted is sent by `email`; text that could not be
 * read stays as an error chip (never sent) until it is fixed or removed.
 */
export type RecipientChip =
  | { kind: 'email'; key: string; email: string; displayName?: string | undefined }
  | {
      kind: 'directory';
      key: string;
      objectId: string;
      type: 'user' | 'group';
      displayName: string;
      email?: string | undefined;
      jobTitle?: string | undefined;
    }
  | { kind: 'unreadable'; key: string; text: string; reason: LocalizedText };

export type ValidRecipient = Exclude<RecipientChip, { kind: 'unreadable' }>;

/** Exactly one of Graph's driveRecipient properties, as invite requires. */
export type DriveRecipient = { email: string } | { objectId: string };

/** A suggestion from people, user or group search, ready to become a chip. */
export interface RecipientSuggestion {
  /** The directory object id, or the address for people who are not in the directory. */
  id: string;
  source: 'people' | 'users' | 'groups';
  type: 'user' | 'group' | 'contact';
  displayName: string;
  email: string | undefined;
  jobTitle: string | undefined;
}

export function recipientEmail(chip: ValidRecipient): string | undefined {
  return chip.email;
}

export function recipientName(chip: RecipientChip): string {
  if (chip.kind === 'unreadable') return chip.text;
  return chip.displayName ?? chip.email ?? '';
}

export function toDriveRecipient(chip: ValidRecipient): DriveRecipient {
  return chip.kind === 'directory' ? { objectId: chip.objectId } : { email: chip.email };
}

export function emailKey(email: string): string {
  return `email:${email.toLowerCase()}`;
}
