import { useState } from 'react';
import type { Permission } from '../../../lib/graph';
import { useSendInvite, type InviteRequest } from '../api/send-invite';
import { mergeOutcomes, needsRetry, readOutcomes, type RecipientOutcome, type SentRecipient } from './recipient-outcome';

export type RetryState = { kind: 'idle' } | { kind: 'retrying' } | { kind: 'failed'; error: unknown };

export type SendStatus =
  | { kind: 'editing' }
  | { kind: 'sending' }
  | {
      kind: 'sent';
      /** The status of the last answer: 200, or 207 when some notifications failed. */
      httpStatus: number;
      /** Every permission Graph returned, across the first send and any retries. */
      permissions: Permission[];
      outcomes: RecipientOutcome[];
      /** Recipients that Retry would send again. */
      retryable: SentRecipient[];
      retry: RetryState;
    }
  | { kind: 'failed'; error: unknown };

interface Sent {
  request: InviteRequest;
  recipients: readonly SentRecipient[];
  httpStatus: number;
  permissions: Permission[];
  outcomes: RecipientOutcome[];
}

// The one place that turns the outcome's recipients back into Graph's driveRecipient form.
function withRecipients(request: InviteRequest, recipients: readonly SentRecipient[]): InviteRequest {
  return {
    ...request,
    recipients: recipients.map((recipient) => (recipient.objectId ? { objectId: recipient.objectId } : { email: recipient.email ?? recipient.label })),
  };
}

function mergePermissions(previous: readonly Permission[], fresh: readonly Permission[]): Permission[] {
  const freshIds = new Set(fresh.map((permission) => permission.id));
  return [...previous.filter((permission) => !freshIds.has(permission.id)), ...fresh];
}

/**
 * Sending, the per-recipient outcome, and Retry. Retry sends the same options again to only the
 * recipients who have no access or were not notified; Graph updates an existing permission on a
 * re-invite, so nobody gets a second one. `onOutcomes` hears every outcome so far after each
 * answer (what an embedding portal is told).
 */
export function useShareOutcome(onOutcomes?: (outcomes: RecipientOutcome[]) => void) {
  const invite = useSendInvite();
  const [sent, setSent] = useState<Sent | undefined>();

  let status: SendStatus;
  if (sent) {
    status = {
      kind: 'sent',
      httpStatus: sent.httpStatus,
      permissions: sent.permissions,
      outcomes: sent.outcomes,
      retryable: needsRetry(sent.outcomes),
      retry: invite.isPending ? { kind: 'retrying' } : invite.isError ? { kind: 'failed', error: invite.error } : { kind: 'idle' },
    };
  } else if (invite.isPending || invite.isSuccess) {
    // isSuccess without `sent` lasts at most until the mutate callback below has run.
    status = { kind: 'sending' };
  } else if (invite.isError) {
    status = { kind: 'failed', error: invite.error };
  } else {
    status = { kind: 'editing' };
  }

  /** `recipients` names each of `request.recipients`, in the same order, for the outcome. */
  function send(request: InviteRequest, recipients: readonly SentRecipient[]) {
    if (invite.isPending) return;
    setSent(undefined);
    invite.mutate(request, {
      onSuccess: (result) => {
        const outcomes = readOutcomes(recipients, result.permissions);
        setSent({ request, recipients, httpStatus: result.status, permissions: result.permissions, outcomes });
        onOutcomes?.(outcomes);
      },
    });
  }

  function retry() {
    if (!sent || invite.isPending) return;
    const again = needsRetry(sent.outcomes);
    if (again.length === 0) return;
    invite.mutate(withRecipients(sent.request, again), {
      onSuccess: (result) => {
        const fresh = readOutcomes(again, result.permissions);
        setSent((current) =>
          current
            ? {
                ...current,
                httpStatus: result.status,
                permissions: mergePermissions(current.permissions, result.permissions),
                outcomes: mergeOutcomes(current.outcomes, fresh),
              }
            : current,
        );
        onOutcomes?.(mergeOutcomes(sent.outcomes, fresh));
      },
    });
  }

  function reset() {
    invite.reset();
    setSent(undefined);
  }

  return { status, send, retry, reset };
}
