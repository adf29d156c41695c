import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useReducer, useRef, useState } from 'react';
import {
  collectionSchema,
  permissionSchema,
  permissionsQueryKey,
  sendBatched,
  useGraphClient,
  type BatchRequest,
  type DriveItemRef,
  type GrantableRole,
  type Permission,
} from '../../../lib/graph';
import { readItemPermissions } from '../api/read-access';
import { inviteBody, inviteChoices, invitePath } from '../api/send-invite';
import { fitOptions } from '../options/item-capabilities';
import { useVerifiedDomains } from '../recipients/api/get-organization';
import { externalRecipients, verifiedDomainSet } from '../recipients/external';
import { capMessage, recipientsToSend, type RecipientListAction } from '../recipients/recipient-list';
import type { Recipient } from '../recipients/recipient.types';
import { initialDraft, shareDraftReducer, type DraftChoices } from '../share-draft';
import { MESSAGE_LIMIT } from '../share-dialog.types';
import { useManyFacts } from './api/read-many-facts';
import { planMany, selectionKeyOf } from './many-plan';
import { applyReadBack, applyResult, isLost, itemStatus, retryRecipients, summarizeMany, type ItemOutcome, type ItemStatus } from './many-outcome';
import { useFirstExpiryDate } from '../options/use-first-expiry-date';

const inviteAnswer = collectionSchema(permissionSchema);
/** Items whose access is read back at once after lost answers (each read is one or more pages). */
const READ_BACK_IN_FLIGHT = 4;

/** One status for the whole dialog: what it shows and which buttons work. */
export type ManyStatus =
  | { kind: 'editing' }
  /** Some recipients are outside the organization: asked once, as the single dialog asks, before anything is sent. */
  | { kind: 'confirming-external'; externals: readonly Recipient[] }
  /** `cancelling`: no further batch is sent; those in flight finish so their outcome is known. */
  /** `checking`: some answers were lost, and those items' access is being read back. */
  | { kind: 'sending'; done: number; total: number; cancelling: boolean; checking: boolean }
  | { kind: 'sent' }
  /** Manage access for one item of the outcome, inside the dialog; back leads to the outcome. */
  | { kind: 'managing'; item: DriveItemRef };

/** How the dialog ended, for whoever opened it (an embedding portal): every item sent at least once. */
export interface ShareManyEnding {
  role: GrantableRole;
  items: readonly { outcome: ItemOutcome; status: ItemStatus }[];
}

export interface ShareManyOptions {
  items: readonly DriveItemRef[];
  cap?: number | undefined;
  /** The clock, for expiry dates (tests set it). */
  now?: () => Date;
  /** The dialog may close; asked while sending, only once the batches in flight have answered. */
  onClose?: ((ending: ShareManyEnding) => void) | undefined;
}

export function useShareMany({ items, cap = 50, now = () => new Date(), onClose }: ShareManyOptions) {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  const [draft, dispatch] = useReducer(shareDraftReducer, undefined, () => initialDraft());
  const [status, setStatus] = useState<ManyStatus>({ kind: 'editing' });
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ItemOutcome>>(new Map());
  const controller = useRef<AbortController | null>(null);
  const closeWhenStopped = useRef(false);
  const facts = useManyFacts(items);
  const plan = useMemo(() => planMany(items, (item) => facts.data?.get(selectionKeyOf(item))), [items, facts.data]);
  const domains = useVerifiedDomains();
  const verifiedDomains = useMemo(() => verifiedDomainSet(domains.data), [domains.data]);

  const { recipients, unreadable } = recipientsToSend(draft.recipients);
  const capError = capMessage(recipients.length, cap);
  const messageTooLong = draft.sendInvitation && draft.message.length > MESSAGE_LIMIT;
  const today = now();
  const firstExpiryDate = useFirstExpiryDate(today);
  // What every invite carries: the user's choices fitted to what all the items accept.
  const fitted = fitOptions(plan.capabilities, draft, today);
  // Who is external is only known once the verified domains are in (or have failed to load).
  const canSend =
    status.kind === 'editing' &&
    facts.isSuccess &&
    !domains.isPending &&
    plan.shareable.length > 0 &&
    recipients.length > 0 &&
    unreadable === 0 &&
    capError === undefined &&
    fitted.expiresError === undefined &&
    !messageTooLong;

  /** One invite per item, each with every recipient it still needs; answers land per item as they come. */
  async function run(jobs: { item: DriveItemRef; recipients: readonly Recipient[] }[]) {
    const abort = new AbortController();
    controller.current = abort;
    const { role } = draft;
    let done = 0;
    let latest = outcomes;
    setStatus({ kind: 'sending', done, total: jobs.length, cancelling: false, checking: false });
    const requests: BatchRequest<{ value: Permission[] }>[] = jobs.map(({ item, recipients: to }) => ({
      method: 'POST',
      path: invitePath(item),
      body: inviteBody({ recipients: to, ...inviteChoices(draft, fitted) }),
      schema: inviteAnswer,
    }));
    await sendBatched(client, requests, {
      signal: abort.signal,
      onResult: (index, result) => {
        const job = jobs[index]!;
        const key = selectionKeyOf(job.item);
        latest = new Map(latest).set(key, applyResult(job.item, job.recipients, result, latest.get(key)));
        setOutcomes(latest);
        if (result.ok || result.error.kind !== 'aborted') done += 1;
        setStatus((current) => (current.kind === 'sending' ? { ...current, done } : current));
      },
    });
    // An answer that was lost may hide an invite that was carried out: read those items' access
    // back before saying anything, so that Retry failed never invites anyone twice.
    const lost = jobs.filter(({ item }) => isLost(latest.get(selectionKeyOf(item))));
    if (lost.length > 0) {
      setStatus((current) => (current.kind === 'sending' ? { ...current, checking: true } : current));
      for (let start = 0; start < lost.length; start += READ_BACK_IN_FLIGHT) {
        const chunk = lost.slice(start, start + READ_BACK_IN_FLIGHT);
        const readBacks = await Promise.allSettled(chunk.map(({ item }) => readItemPermissions(client, item)));
        const next = new Map(latest);
        chunk.forEach(({ item }, index) => {
          const key = selectionKeyOf(item);
          const outcome = next.get(key);
          if (isLost(outcome)) next.set(key, applyReadBack(outcome, role, readBacks[index]!));
        });
        latest = next;
        setOutcomes(latest);
      }
    }
    controller.current = null;
    setStatus({ kind: 'sent' });
    // Even a failed invite may have granted access to some (an answer can be lost).
    for (const { item } of jobs) void queryClient.invalidateQueries({ queryKey: permissionsQueryKey(item) });
    if (closeWhenStopped.current) onClose?.(endingOf(role, latest));
  }

  const summary = summarizeMany(outcomes.values());
  const retryable = [...outcomes.values()].filter((outcome) => retryRecipients(outcome).length > 0);

  return {
    items,
    draft,
    plan,
    facts,
    status,
    outcomes,
    summary,
    retryableCount: retryable.length,
    capError,
    messageTooLong,
    fitted,
    firstExpiryDate,
    verifiedDomains,
    domainsError: domains.error ?? undefined,
    canSend,
    changeRecipients: (action: RecipientListAction) => dispatch({ type: 'recipients', action }),
    choose: (choices: Partial<DraftChoices>) => dispatch({ type: 'choose', choices }),
    send: () => {
      dispatch({ type: 'recipients', action: { type: 'commit' } });
      if (!canSend) return;
      const externals = externalRecipients(recipients, verifiedDomains);
      if (externals.length > 0) setStatus({ kind: 'confirming-external', externals });
      else void run(plan.shareable.map((item) => ({ item, recipients })));
    },
    confirmExternal: () => {
      if (status.kind !== 'confirming-external') return;
      void run(plan.shareable.map((item) => ({ item, recipients })));
    },
    /** Back to the form with everything as typed, to change who it goes to. */
    cancelExternal: () => setStatus((current) => (current.kind === 'confirming-external' ? { kind: 'editing' } : current)),
    openManageAccess: (item: DriveItemRef) => setStatus((current) => (current.kind === 'sent' ? { kind: 'managing', item } : current)),
    closeManageAccess: () => setStatus((current) => (current.kind === 'managing' ? { kind: 'sent' } : current)),
    /** Closes; while sending, first stops as `cancel` does, so the ending holds what landed. */
    close: () => {
      if (status.kind !== 'sending') return onClose?.(endingOf(draft.role, outcomes));
      closeWhenStopped.current = true;
      controller.current?.abort();
      setStatus({ ...status, cancelling: true });
    },
    /** Stops between batches: what is in flight finishes, the rest is reported as not sent. */
    cancel: () => {
      controller.current?.abort();
      setStatus((current) => (current.kind === 'sending' ? { ...current, cancelling: true } : current));
    },
    /** Sends again only what failed: each failed item to the recipients it still lacks. */
    retryFailed: () => {
      if (status.kind !== 'sent' || retryable.length === 0) return;
      void run(retryable.map((outcome) => ({ item: outcome.item, recipients: retryRecipients(outcome) })));
    },
  };
}

export type ShareManyState = ReturnType<typeof useShareMany>;

function endingOf(role: GrantableRole, outcomes: ReadonlyMap<string, ItemOutcome>): ShareManyEnding {
  return { role, items: [...outcomes.values()].map((outcome) => ({ outcome, status: itemStatus(outcome) })) };
}
