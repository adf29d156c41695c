import { useCallback, useMemo, useReducer, useState } from 'react';
import { DEFAULT_RECIPIENT_CAP } from '../../config/settings';
import { sessionStore } from '../../lib/storage';
import { inviteChoices, type InviteRequest } from './api/send-invite';
import { useItemFacts } from './options/api/read-item-facts';
import { capabilitiesFor, fitOptions, type FittedOptions, type ItemCapabilities } from './options/item-capabilities';
import { useVerifiedDomains } from './recipients/api/get-organization';
import { verifiedDomainSet } from './recipients/external';
import { capMessage, recipientsToSend, type RecipientListAction } from './recipients/recipient-list';
import { needsRetry } from './send/recipient-outcome';
import type { SendState } from './send/send-lifecycle';
import { useSend } from './send/use-send';
import { MESSAGE_LIMIT, type ShareDialogOptions, type ShareDialogState, type ShareGate, type ShareView } from './share-dialog.types';
import { loadDraft } from './draft-storage';
import { initialDraft, shareDraftReducer, type DraftChoices } from './share-draft';
import { useDraftPersistence } from './use-draft-persistence';
import { useFirstExpiryDate } from './options/use-first-expiry-date';

/** The one place that decides what the dialog shows. */
export function shareView(managing: boolean, gate: ShareGate | undefined, send: SendState, invitationsRequested: boolean, closing = false): ShareView {
  if (managing) return { kind: 'managing' };
  if (gate) return { kind: 'gated', gate };
  switch (send.kind) {
    case 'idle':
      return { kind: 'editing', error: undefined, stopped: false };
    case 'failed':
      return { kind: 'editing', error: send.error, stopped: false };
    case 'stopped':
      return { kind: 'editing', error: undefined, stopped: true };
    case 'confirming':
      return { kind: 'confirming-external', externals: send.externals };
    case 'sending':
      return { kind: 'sending', busy: send.busy };
    case 'checking':
      return { kind: 'checking', asked: send.asked, closing };
    case 'unknown':
      return { kind: 'unknown', asked: send.asked, checkError: send.checkError };
    case 'sent':
      return {
        kind: 'sent',
        invitationsRequested,
        retry: send.retry,
        lost: send.lost,
        retryable: needsRetry(send.outcomes),
        httpStatus: send.httpStatus,
        permissions: send.permissions,
        outcomes: send.outcomes,
        requestIds: send.requestIds,
      };
  }
}

function gateFor(facts: ReturnType<typeof useItemFacts>, capabilities: ItemCapabilities | undefined): ShareGate | undefined {
  if (facts.isPending) return { kind: 'loading' };
  if (facts.isError) return { kind: 'failed', error: facts.error };
  if (capabilities?.shareable.available === false) return { kind: 'refused', reason: capabilities.shareable.reason };
  return undefined;
}

/**
 * The share dialog's one owner of state: the draft (recipients, typed text, role, options,
 * message), the item's rules, the send lifecycle and which view shows. Templates read it and call
 * its actions; nothing else holds dialog state.
 */
export function useShareDialog({
  item,
  defaults,
  cap = DEFAULT_RECIPIENT_CAP,
  onSent,
  onClose,
  now = () => new Date(),
  open = true,
}: ShareDialogOptions): ShareDialogState {
  const facts = useItemFacts(item);
  const domains = useVerifiedDomains();
  const verifiedDomains = useMemo(() => verifiedDomainSet(domains.data), [domains.data]);
  const [initial] = useState(() => initialDraft(defaults));
  // A draft kept from before a reload, a sign-in redirect or a crash of this view comes back as it was.
  const [draft, dispatch] = useReducer(shareDraftReducer, undefined, () => loadDraft(sessionStore(), item) ?? initial);
  const [managing, setManaging] = useState(false);
  const [closing, setClosing] = useState(false);
  const send = useSend(onSent && ((request, outcomes) => onSent({ item, role: request.role, outcomes })));
  useDraftPersistence(item, draft, initial, { open, done: send.state.kind === 'sent' });

  const capabilities = useMemo(() => (facts.data ? capabilitiesFor(facts.data) : undefined), [facts.data]);
  const today = now();
  const firstExpiryDate = useFirstExpiryDate(today);
  const fitted: FittedOptions | undefined = capabilities && fitOptions(capabilities, draft, today);
  // An address still in the input counts, as if Enter had been pressed; unreadable text blocks Send.
  const toSend = useMemo(() => recipientsToSend(draft.recipients), [draft.recipients]);
  const capError = capMessage(toSend.recipients.length, cap);
  const messageTooLong = draft.sendInvitation && draft.message.length > MESSAGE_LIMIT;
  const gate = gateFor(facts, capabilities);
  const sentWith = send.state.kind === 'sent' ? send.state.request : undefined;
  const view = shareView(managing, gate, send.state, sentWith?.sendInvitation ?? draft.sendInvitation, closing);
  // Who is external is only known once the verified domains are in (or have failed to load).
  const canSend =
    view.kind === 'editing' &&
    fitted !== undefined &&
    fitted.expiresError === undefined &&
    !domains.isPending &&
    !messageTooLong &&
    toSend.unreadable === 0 &&
    capError === undefined &&
    toSend.recipients.length > 0;

  const changeRecipients = useCallback((action: RecipientListAction) => dispatch({ type: 'recipients', action }), []);
  const choose = useCallback((choices: Partial<DraftChoices>) => dispatch({ type: 'choose', choices }), []);

  return {
    item,
    view,
    draft,
    capabilities,
    fitted,
    firstExpiryDate,
    verifiedDomains,
    domainsError: domains.error ?? undefined,
    capError,
    messageTooLong,
    canSend,
    changeRecipients,
    choose,
    send() {
      if (!canSend || !fitted) return;
      const request: InviteRequest = { item, recipients: toSend.recipients, ...inviteChoices(draft, fitted) };
      // The typed address becomes a chip: what is sent is exactly what the field then shows.
      changeRecipients({ type: 'commit' });
      send.send(request, verifiedDomains);
    },
    confirmExternal: send.confirmExternal,
    cancelExternal: send.cancelExternal,
    retry: send.retry,
    stopSending: () => void send.stop(),
    checkAgain: send.checkAgain,
    close() {
      if (send.state.kind === 'unknown') {
        onClose?.({ kind: 'outcome-unknown', recipients: send.state.asked });
        return;
      }
      const stopping = send.stop((result) => {
        setClosing(false);
        // Unknown: the dialog stays open on "could not check", where Close reports it as such.
        if (result === 'settled') onClose?.();
      });
      if (stopping) setClosing(true);
      else onClose?.();
    },
    resend: send.resend,
    retryReadingItem: () => void facts.refetch(),
    shareAgain() {
      send.reset();
      dispatch({ type: 'share-again' });
    },
    openManageAccess: () => setManaging(true),
    closeManageAccess: () => setManaging(false),
  };
}
