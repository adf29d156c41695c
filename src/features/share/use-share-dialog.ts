import { useState } from 'react';
import type { DriveItemRef } from '../../lib/graph';
import { useSendInvite, type InviteExtras, type ShareRole } from './api/send-invite';
import { checkEmail, splitEntries } from './recipients/email-address';
import { MESSAGE_LIMIT, type Recipient, type ShareDialogState, type ShareStatus } from './share-dialog.types';

interface DraftOutcome {
  added: Recipient[];
  /** Entries that could not be added, kept as typed. */
  rest: string[];
  error: string | undefined;
}

/** Turns typed text into recipients; whatever cannot be added stays, with the reason. */
export function readDraft(draft: string, existing: readonly Recipient[]): DraftOutcome {
  const known = new Set(existing.map((recipient) => recipient.email.toLowerCase()));
  const added: Recipient[] = [];
  const rest: string[] = [];
  let error: string | undefined;
  for (const entry of splitEntries(draft)) {
    const check = checkEmail(entry);
    if (!check.ok) {
      rest.push(entry);
      error ??= check.reason;
      continue;
    }
    const key = check.address.toLowerCase();
    if (known.has(key)) continue; // already a chip: nothing is lost by not adding it twice
    known.add(key);
    added.push({ email: check.address });
  }
  return { added, rest, error };
}

/** `extras` are the item-specific options (expiry, password, forced sign-in) from options/. */
export function useShareDialog(item: DriveItemRef, extras: InviteExtras = {}, extrasValid = true): ShareDialogState {
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [draft, setDraftValue] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const [role, setRole] = useState<ShareRole>('read');
  const [requireSignIn, setRequireSignIn] = useState(true);
  const [sendInvitation, setSendInvitation] = useState(true);
  const [message, setMessage] = useState('');
  const invite = useSendInvite();

  const pending = readDraft(draft, recipients);
  const draftIsClean = pending.rest.length === 0;
  const messageTooLong = sendInvitation && message.length > MESSAGE_LIMIT;
  const status: ShareStatus = invite.isPending
    ? { kind: 'sending' }
    : invite.isSuccess
      ? { kind: 'sent', httpStatus: invite.data.status, permissions: invite.data.permissions }
      : invite.isError
        ? { kind: 'failed', error: invite.error }
        : { kind: 'editing' };
  const canSend =
    extrasValid && !invite.isPending && !messageTooLong && draftIsClean && recipients.length + pending.added.length > 0;

  function setDraft(value: string) {
    setDraftValue(value);
    setDraftError(undefined);
  }

  function commitDraft(): boolean {
    const outcome = readDraft(draft, recipients);
    if (outcome.added.length > 0) setRecipients((current) => [...current, ...outcome.added]);
    setDraftValue(outcome.rest.join(', '));
    setDraftError(outcome.error);
    return outcome.rest.length === 0;
  }

  function send() {
    if (!canSend) return;
    const all = [...recipients, ...pending.added];
    if (pending.added.length > 0) {
      setRecipients(all);
      setDraftValue('');
    }
    invite.mutate({ item, emails: all.map((recipient) => recipient.email), role, requireSignIn, sendInvitation, message, extras });
  }

  return {
    item,
    recipients,
    draft,
    draftError,
    role,
    requireSignIn: extras.requireSignIn ?? requireSignIn,
    sendInvitation,
    message,
    messageTooLong,
    status,
    canSend,
    setDraft,
    commitDraft,
    removeRecipient: (email) => setRecipients((current) => current.filter((recipient) => recipient.email !== email)),
    setRole,
    setRequireSignIn,
    setSendInvitation,
    setMessage,
    send,
    shareAgain() {
      invite.reset();
      setRecipients([]);
      setDraftValue('');
      setDraftError(undefined);
      setMessage('');
    },
  };
}
