import type { ReactNode } from 'react';
import type { DriveItemRef } from '../../lib/graph';
import type { ShareRole } from './api/send-invite';
import type { ValidRecipient } from './recipients/recipient.types';
import type { RecipientsState } from './recipients/use-recipients';
import type { RecipientOutcome } from './outcome/recipient-outcome';
import type { SendStatus } from './outcome/use-share-outcome';

export const MESSAGE_LIMIT = 2000;

export interface ShareDialogProps {
  /** The item to share; the dialog is open while this is set. */
  item: DriveItemRef | null;
  onClose: () => void;
  /** Signs in again (a redirect) when the session expired; the caller decides how. */
  onSignIn?: () => void;
  /**
   * The "Manage access" view for the item, supplied by the app (features never import each
   * other). Without it the dialog has no Manage access button.
   */
  renderManageAccess?: (item: DriveItemRef) => ReactNode;
  className?: string;
  /** Most recipients one Send may name (the `VITE_RECIPIENT_CAP` setting). */
  recipientCap?: number | undefined;
  /** Initial choices (an embedding portal's defaults); the user can still change them. */
  defaults?: ShareDefaults | undefined;
  /** Called after each answer from invite (first send and retries) with every outcome so far. */
  onSent?: ((sent: SentShare) => void) | undefined;
}

export interface ShareDefaults {
  role?: ShareRole | undefined;
  requireSignIn?: boolean | undefined;
  sendInvitation?: boolean | undefined;
  message?: string | undefined;
}

export interface SentShare {
  item: DriveItemRef;
  role: ShareRole;
  outcomes: readonly RecipientOutcome[];
}

export type ShareStatus = SendStatus;

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
  /** Sends again to only the recipients who have no access or were not notified. */
  retry: () => void;
  shareAgain: () => void;
}
