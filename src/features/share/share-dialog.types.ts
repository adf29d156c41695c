import type { ReactNode } from 'react';
import type { LocalizedText } from '../../i18n';
import type { InteractiveRequest } from '../../lib/auth';
import type { DriveItemRef, GrantableRole } from '../../lib/graph';
import type { FittedOptions, ItemCapabilities } from './options/item-capabilities';
import type { RecipientListAction } from './recipients/recipient-list';
import type { Recipient } from './recipients/recipient.types';
import type { RecipientOutcome } from './send/recipient-outcome';
import type { Busy, SendAnswer, RetryState } from './send/send-lifecycle';
import type { DraftChoices, ShareDraft } from './share-draft';

export const MESSAGE_LIMIT = 2000;

export interface ShareDialogProps {
  /** The item to share; the dialog is open while this is set. */
  item: DriveItemRef | null;
  /**
   * The dialog closed. Asked to close while a send is under way, the dialog first stops it and
   * learns what landed (reported through `onSent`), then calls this; `ending` says when that
   * could not be learnt.
   */
  onClose: (ending?: ShareEnding) => void;
  /**
   * Signs in again (from the user's click) when Graph or the sign-in service asks for it: with a
   * claims challenge's claims, and as a popup or a redirect as the dialog asks. Resolves once
   * signed in (a popup); the dialog then carries on with what was interrupted. Without it the
   * dialog offers no sign-in (tokens come from a portal).
   */
  onSignIn?: ((request: InteractiveRequest) => Promise<void>) | undefined;
  /** Whether signing in may leave the page (a redirect): the standalone page, not a portal's frame. */
  canSignInHere?: boolean | undefined;
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
  role?: GrantableRole | undefined;
  requireSignIn?: boolean | undefined;
  sendInvitation?: boolean | undefined;
  message?: string | undefined;
}

export interface SentShare {
  item: DriveItemRef;
  role: GrantableRole;
  outcomes: readonly RecipientOutcome[];
}

/** Closed while an invite's outcome was unknown: these recipients may or may not have access. */
export interface ShareEnding {
  kind: 'outcome-unknown';
  recipients: readonly Recipient[];
}

/** Why the form is not shown yet, or not at all. */
export type ShareGate = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'refused'; reason: LocalizedText };

/** What the dialog shows: decided in one place (`shareView`), switched on once by the template. */
export type ShareView =
  | { kind: 'gated'; gate: ShareGate }
  | { kind: 'managing' }
  /** `error` is why the last send failed, `stopped` that the user stopped it; everything typed is still there. */
  | { kind: 'editing'; error: unknown; stopped: boolean }
  | { kind: 'confirming-external'; externals: readonly Recipient[] }
  /** `busy` while the transport waits to try again (Graph answered 429 or 503). */
  | { kind: 'sending'; busy: Busy | undefined }
  /** The invite's answer was lost; the item's access is being read back (`closing`: then the dialog closes). */
  | { kind: 'checking'; asked: readonly Recipient[]; closing: boolean }
  /** Reading the access back failed too: only "Check again", never a blind resend. */
  | { kind: 'unknown'; asked: readonly Recipient[]; checkError: unknown }
  /** `lost` is set when the answer was lost and the outcome was read back from the item's access. */
  | ({ kind: 'sent'; invitationsRequested: boolean; retry: RetryState; retryable: readonly Recipient[]; lost: unknown } & SendAnswer);

export interface ShareDialogOptions {
  item: DriveItemRef;
  defaults?: ShareDefaults | undefined;
  /** Most recipients one Send may name. */
  cap?: number | undefined;
  onSent?: ((sent: SentShare) => void) | undefined;
  /** Called when the dialog may close (see ShareDialogProps.onClose). */
  onClose?: ((ending?: ShareEnding) => void) | undefined;
  /** The clock, for expiry dates (tests set it). */
  now?: () => Date;
  /** False once the user has closed the dialog (it may still be animating out): the draft is forgotten. */
  open?: boolean | undefined;
}

export interface ShareDialogState {
  item: DriveItemRef;
  view: ShareView;
  draft: ShareDraft;
  /** Set once the item's facts are read. */
  capabilities: ItemCapabilities | undefined;
  fitted: FittedOptions | undefined;
  /** The earliest date the expiry picker offers: tomorrow. */
  firstExpiryDate: Date;
  /** The tenant's verified domains; undefined while loading or when they could not be read. */
  verifiedDomains: ReadonlySet<string> | undefined;
  domainsError: unknown;
  /** Set when there are more recipients than one send allows; nobody is removed for the user. */
  capError: LocalizedText | undefined;
  messageTooLong: boolean;
  canSend: boolean;
  changeRecipients: (action: RecipientListAction) => void;
  choose: (choices: Partial<DraftChoices>) => void;
  send: () => void;
  confirmExternal: () => void;
  cancelExternal: () => void;
  retry: () => void;
  /** Stops the wait to retry while Graph is busy; the draft stays as it was. */
  stopSending: () => void;
  /** Reads the item's access again after a lost answer whose first read-back failed. */
  checkAgain: () => void;
  /** Cancel, Close or Escape: closes at once, or first stops the send under way and learns what landed. */
  close: () => void;
  /** Sends the failed send's request again as it was (after signing in again; see use-send.ts). */
  resend: () => void;
  retryReadingItem: () => void;
  shareAgain: () => void;
  openManageAccess: () => void;
  closeManageAccess: () => void;
}
