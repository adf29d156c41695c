import * as z from 'zod/mini';
import { englishMessages, type MessageId } from '../../i18n';
import { GRANTABLE_ROLES, type DriveItemRef } from '../../lib/graph';
import { emptyRecipientList } from './recipients/recipient-list';
import type { RecipientChip } from './recipients/recipient.types';
import type { ShareDraft } from './share-draft';

/**
 * The draft of each item's dialog, kept in sessionStorage (the tab's lifetime, like MSAL's own
 * cache) so a reload, a sign-in redirect or a crash of the dialog loses nothing typed. It holds
 * what the user chose and typed; never a token, and not the sharing password.
 */
const PREFIX = 'share-dialog.draft:';
const VERSION = 1;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const text = (max: number) => z.string().check(z.maxLength(max));
const messageId = z.custom<MessageId>((id) => typeof id === 'string' && Object.hasOwn(englishMessages, id));
const recipientSchema = z.strictObject({
  key: text(600),
  label: text(600),
  kind: z.enum(['user', 'group', 'email']),
  email: z.optional(text(320)),
  jobTitle: z.optional(text(600)),
  driveRecipient: z.union([z.strictObject({ email: text(320) }), z.strictObject({ objectId: text(200) })]),
});
const unreadableSchema = z.strictObject({
  kind: z.literal('unreadable'),
  key: text(100),
  text: text(10_000),
  reason: z.strictObject({ id: messageId, values: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }),
});
const storedSchema = z.strictObject({
  version: z.literal(VERSION),
  chips: z.array(z.union([recipientSchema, unreadableSchema])).check(z.maxLength(10_000)),
  typed: text(100_000),
  role: z.enum(GRANTABLE_ROLES),
  requireSignIn: z.boolean(),
  sendInvitation: z.boolean(),
  message: text(100_000),
  /** The chosen calendar day, `YYYY-MM-DD`. */
  expires: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u))),
});
type Stored = z.infer<typeof storedSchema>;

export const draftKey = (item: DriveItemRef) => `${PREFIX}${item.driveId}/${item.itemId}`;

const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function fromDay(value: string): Date {
  const [year = 0, month = 1, date = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** Whether a draft holds anything worth keeping. */
export function isBlank(draft: ShareDraft, initial: ShareDraft): boolean {
  return (
    draft.recipients.chips.length === 0 &&
    draft.recipients.typed.trim() === '' &&
    draft.role === initial.role &&
    draft.requireSignIn === initial.requireSignIn &&
    draft.sendInvitation === initial.sendInvitation &&
    draft.message === initial.message &&
    draft.expires === null
  );
}

export function saveDraft(storage: Store, item: DriveItemRef, draft: ShareDraft): void {
  const stored: Stored = {
    version: VERSION,
    chips: draft.recipients.chips.map(
      (chip) =>
        // Optional fields that are undefined are left out, so the stored shape is exactly the schema's.
        JSON.parse(JSON.stringify(chip)) as Stored['chips'][number],
    ),
    typed: draft.recipients.typed,
    role: draft.role,
    requireSignIn: draft.requireSignIn,
    sendInvitation: draft.sendInvitation,
    message: draft.message,
    expires: draft.expires ? day(draft.expires) : null,
  };
  try {
    storage.setItem(draftKey(item), JSON.stringify(stored));
  } catch (error) {
    // A full or disabled storage only means the draft will not survive a reload.
    console.warn('The share draft could not be saved', error);
  }
}

/** The saved draft, or undefined when there is none or it is not one this version wrote. */
export function loadDraft(storage: Store, item: DriveItemRef): ShareDraft | undefined {
  const raw = storage.getItem(draftKey(item));
  if (raw === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = storedSchema.safeParse(parsed);
  if (!result.success) {
    storage.removeItem(draftKey(item));
    return undefined;
  }
  const stored = result.data;
  const chips = stored.chips as RecipientChip[];
  // New unreadable entries are numbered after the restored ones.
  const unreadableSeen = Math.max(0, ...chips.map((chip) => (chip.kind === 'unreadable' ? Number(chip.key.split(':')[1]) || 0 : 0)));
  return {
    recipients: { ...emptyRecipientList, chips, typed: stored.typed, unreadableSeen },
    role: stored.role,
    requireSignIn: stored.requireSignIn,
    sendInvitation: stored.sendInvitation,
    message: stored.message,
    expires: stored.expires === null ? null : fromDay(stored.expires),
    password: '',
  };
}

export function clearDraft(storage: Store, item: DriveItemRef): void {
  storage.removeItem(draftKey(item));
}
