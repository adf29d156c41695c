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
import { inviteBody, invitePath } from '../api/send-invite';
import { capMessage, recipientsToSend, type RecipientListAction } from '../recipients/recipient-list';
import type { Recipient } from '../recipients/recipient.types';
import { initialDraft, shareDraftReducer, type DraftChoices } from '../share-draft';
import { MESSAGE_LIMIT } from '../share-dialog.types';
import { useManyFacts } from './api/read-many-facts';
import { planMany, selectionKeyOf } from './many-plan';
import { applyResult, itemStatus, retryRecipients, summarizeMany, type ItemOutcome, type ItemStatus } from './many-outcome';

const inviteAnswer = collectionSchema(permissionSchema);

/** One status for the whole dialog: what it shows and which buttons work. */
export type ManyStatus =
  | { kind: 'editing' }
  /** `cancelling`: no further batch is sent; those in flight finish so their outcome is known. */
  | { kind: 'sending'; done: number; total: number; cancelling: boolean }
  | { kind: 'sent' };

/** How the dialog ended, for whoever opened it (an embedding portal): every item sent at least once. */
export interface ShareManyEnding {
  role: GrantableRole;
  items: readonly { outcome: ItemOutcome; status: ItemStatus }[];
}

export interface ShareManyOptions {
  items: readonly DriveItemRef[];
  cap?: number | undefined;
  /** The dialog may close; asked while sending, only once the batches in flight have answered. */
  onClose?: ((ending: ShareManyEnding) => void) | undefined;
}

export function useShareMany({ items, cap = 50, onClose }: ShareManyOptions) {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  const [draft, dispatch] = useReducer(shareDraftReducer, undefined, () => initialDraft());
  const [status, setStatus] = useState<ManyStatus>({ kind: 'editing' });
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ItemOutcome>>(new Map());
  const controller = useRef<AbortController | null>(null);
  const closeWhenStopped = useRef(false);
  const facts = useManyFacts(items);
  const plan = useMemo(() => planMany(items, (item) => facts.data?.get(selectionKeyOf(item))), [items, facts.data]);

  const { recipients } = recipientsToSend(draft.recipients);
  const capError = capMessage(recipients.length, cap);
  const messageTooLong = draft.message.length > MESSAGE_LIMIT;
  const requireSignIn = plan.signInLocked ? true : draft.requireSignIn;
  const password = plan.passwordUnavailable ? undefined : draft.password || undefined;
  const canSend =
    status.kind === 'editing' && facts.isSuccess && plan.shareable.length > 0 && recipients.length > 0 && capError === undefined && !messageTooLong;

  /** One invite per item, each with every recipient it still needs; answers land per item as they come. */
  async function run(jobs: { item: DriveItemRef; recipients: readonly Recipient[] }[]) {
    const abort = new AbortController();
    controller.current = abort;
    const { role } = draft;
    let done = 0;
    let latest = outcomes;
    setStatus({ kind: 'sending', done, total: jobs.length, cancelling: false });
    const requests: BatchRequest<{ value: Permission[] }>[] = jobs.map(({ item, recipients: to }) => ({
      method: 'POST',
      path: invitePath(item),
      body: inviteBody({ recipients: to, role: draft.role, requireSignIn, sendInvitation: draft.sendInvitation, message: draft.message, password }),
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
    requireSignIn,
    canSend,
    changeRecipients: (action: RecipientListAction) => dispatch({ type: 'recipients', action }),
    choose: (choices: Partial<DraftChoices>) => dispatch({ type: 'choose', choices }),
    send: () => {
      dispatch({ type: 'recipients', action: { type: 'commit' } });
      if (!canSend) return;
      void run(plan.shareable.map((item) => ({ item, recipients })));
    },
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
