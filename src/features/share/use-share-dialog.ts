import { useMemo, useState } from 'react';
import { DEFAULT_RECIPIENT_CAP } from '../../config/settings';
import type { DriveItemRef } from '../../lib/graph';
import type { InviteExtras, ShareRole } from './api/send-invite';
import { useShareOutcome } from './outcome/use-share-outcome';
import { useVerifiedDomains } from './recipients/api/get-organization';
import { externalRecipients, verifiedDomainSet } from './recipients/external';
import { parseRecipientText } from './recipients/parse-recipients';
import { recipientName, toDriveRecipient, type ValidRecipient } from './recipients/recipient.types';
import { capMessage, chipFromEntry, mergeChips, useRecipients } from './recipients/use-recipients';
import { MESSAGE_LIMIT, type SentShare, type ShareDefaults, type ShareDialogState } from './share-dialog.types';

/** `extras` are the item-specific options (expiry, password, forced sign-in) from options/. */
export function useShareDialog(
  item: DriveItemRef,
  recipientCap = DEFAULT_RECIPIENT_CAP,
  extras: InviteExtras = {},
  extrasValid = true,
  defaults: ShareDefaults = {},
  onSent?: (sent: SentShare) => void,
): ShareDialogState {
  const recipients = useRecipients({ cap: recipientCap });
  const domains = useVerifiedDomains();
  const verifiedDomains = useMemo(() => verifiedDomainSet(domains.data), [domains.data]);
  const [externalToConfirm, setExternalToConfirm] = useState<ValidRecipient[] | null>(null);
  const [role, setRole] = useState<ShareRole>(defaults.role ?? 'read');
  const [requireSignIn, setRequireSignIn] = useState(defaults.requireSignIn ?? true);
  const [sendInvitation, setSendInvitation] = useState(defaults.sendInvitation ?? true);
  const [message, setMessage] = useState(defaults.message ?? '');
  const outcome = useShareOutcome(onSent && ((outcomes) => onSent({ item, role, outcomes })));

  // An address still in the input counts, as if Enter had been pressed; unreadable text blocks Send.
  const pending = parseRecipientText(recipients.draft);
  const draftIsClean = pending.every((entry) => entry.ok);
  const toSend = mergeChips(
    recipients.chips,
    pending.filter((entry) => entry.ok).map((entry) => chipFromEntry(entry, () => '')),
  ).chips.filter((chip): chip is ValidRecipient => chip.kind !== 'unreadable');
  const messageTooLong = sendInvitation && message.length > MESSAGE_LIMIT;
  const status = outcome.status;
  // Who is external is only known once the verified domains are in (or have failed to load).
  const canSend =
    extrasValid &&
    status.kind !== 'sending' &&
    !domains.isPending &&
    !messageTooLong &&
    draftIsClean &&
    recipients.unreadableCount === 0 &&
    capMessage(toSend.length, recipientCap) === undefined &&
    toSend.length > 0;

  function mutate(list: readonly ValidRecipient[]) {
    outcome.send(
      { item, recipients: list.map(toDriveRecipient), role, requireSignIn, sendInvitation, message, extras },
      list.map((chip) => ({ label: recipientName(chip), ...toDriveRecipient(chip) })),
    );
  }

  function send() {
    if (!canSend) return;
    if (pending.length > 0) recipients.commitDraft();
    const externals = externalRecipients(toSend, verifiedDomains);
    if (externals.length > 0) setExternalToConfirm(externals);
    else mutate(toSend);
  }

  return {
    item,
    recipients,
    verifiedDomains,
    domainsError: domains.error ?? undefined,
    externalToConfirm,
    confirmExternal() {
      setExternalToConfirm(null);
      mutate(toSend);
    },
    cancelExternal: () => setExternalToConfirm(null),
    role,
    requireSignIn: extras.requireSignIn ?? requireSignIn,
    sendInvitation,
    message,
    messageTooLong,
    status,
    canSend,
    setRole,
    setRequireSignIn,
    setSendInvitation,
    setMessage,
    send,
    retry: outcome.retry,
    shareAgain() {
      outcome.reset();
      recipients.clear();
      setMessage('');
    },
  };
}
