import type { DriveItemRef, Permission } from '../../lib/graph';
import type { ShareRole } from './api/send-invite';
import type { ValidRecipient } from './recipients/recipient.types';
import type { RecipientsState } from './recipients/use-recipients';

export const MESSAGE_LIMIT = 2000;

export interface ShareDialogProps {
  /** The item to share; the dialog is open while this is set. */
  item: DriveItemRef | null;
  onClose: () => void;
  /** Signs in again (a redirect) when the session expired; the caller decides how. */
  onSignIn?: () => void;
  className?: string;
  /** Most recipients one Send may name (the `VITE_RECIPIENT_CAP` setting). */
  recipientCap?: number | undefined;
}

export type ShareStatus =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | { kind: 'sent'; httpStatus: number; permissions: Permission[] }
  | { kind: 'failed'; error: unknown };

export interface ShareDialogState {
  item: DriveItemRef;
  recipients: RecipientsState;
  /** The tenant's verified domains; undefined while loading or when they could not be read. */
  verifiedDomains: ReadonlySet<string> | undefined;
  domainsError: unknown;
  /** External recipients awaiting confirmation before the invite goes out. */
  externalToConfirm: ValidRecipient[] | null;
  confirmExternal: () => void;
  cancelExternal: () => void;
  role: ShareRole;
  requireSignIn: boolean;
  sendInvitation: boolean;
  message: string;
  messageTooLong: boolean;
  status: ShareStatus;
  canSend: boolean;
  setRole: (role: ShareRole) => void;
  setRequireSignIn: (value: boolean) => void;
  setSendInvitation: (value: boolean) => void;
  setMessage: (value: string) => void;
  send: () => void;
  shareAgain: () => void;
}
