import { useReducer, useRef } from 'react';
import { isGraphError, useGraphClient } from '../../../lib/graph';
import { readItemPermissions } from '../api/read-access';
import { useSendInvite, type InviteRequest, type InviteResult } from '../api/send-invite';
import { externalRecipients } from '../recipients/external';
import type { Recipient } from '../recipients/recipient.types';
import { mergeOutcomes, needsRetry, readLanded, readOutcomes, type RecipientOutcome } from './recipient-outcome';
import { idle, sendReducer, type SendAnswer, type SendState } from './send-lifecycle';

function requestIdsFor(recipients: readonly Recipient[], requestId: string | undefined): Record<string, string | undefined> {
  return Object.fromEntries(recipients.map((recipient) => [recipient.key, requestId]));
}

/** How a stopped send ended: settled (its outcome is known and reported), or unknown (reading the access back failed). */
export type StopResult = 'settled' | 'unknown';

export interface SendControls {
  state: SendState;
  /** Sends, or first asks to confirm the people outside the organization (unknown domains mark nobody). */
  send: (request: InviteRequest, verifiedDomains: ReadonlySet<string> | undefined) => void;
  confirmExternal: () => void;
  cancelExternal: () => void;
  /** Sends the same options again to only the recipients who have no access or were not notified. */
  retry: () => void;
  /** After a lost answer whose read-back failed: reads the item's access again. */
  checkAgain: () => void;
  /**
   * Stops what is in flight: a wait to retry ends at once (nothing was carried out); an invite
   * already on its way may have landed, so the item's access is read back first. `then` hears how
   * it ended. Returns false when nothing was in flight (`then` is not called).
   */
  stop: (then?: (result: StopResult) => void) => boolean;
  /**
   * Sends a failed send's request again, as it was (already confirmed): for after signing in
   * again, when the failure was a refused token and Graph carried nothing out.
   */
  resend: () => void;
  reset: () => void;
}

/**
 * The send lifecycle: one invite at a time. The guard is a ref, set in the same tick as the
 * click, so a double click (or Enter and a click together) sends once, before React re-renders;
 * it stays set while a lost answer is checked, so nothing is sent before the check says who has
 * access. `onOutcomes` hears every outcome so far after each answer (what an embedding portal is told).
 */
export function useSend(onOutcomes?: (request: InviteRequest, outcomes: RecipientOutcome[]) => void): SendControls {
  const invite = useSendInvite();
  const client = useGraphClient();
  const [state, dispatch] = useReducer(sendReducer, idle);
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const whenSettled = useRef<((result: StopResult) => void) | null>(null);

  function settle(result: StopResult) {
    inFlight.current = false;
    controller.current = null;
    const then = whenSettled.current;
    whenSettled.current = null;
    then?.(result);
  }

  /** Reads the item's permissions back and marks whose access landed; only the rest may be sent again. */
  function check(request: InviteRequest, asked: readonly Recipient[], lost: unknown, previous: SendAnswer | undefined) {
    inFlight.current = true;
    readItemPermissions(client, request.item).then(
      (permissions) => {
        const found = readLanded(asked, request.role, permissions);
        const landed = found.flatMap((outcome) => (outcome.kind === 'landed' ? [outcome.permission] : []));
        const requestId = isGraphError(lost) ? (lost.requestId ?? lost.clientRequestId) : undefined;
        const outcomes = previous ? mergeOutcomes(previous.outcomes, found) : found;
        const fresh = new Set(landed.map((permission) => permission.id));
        dispatch({
          type: 'checked',
          httpStatus: 0,
          permissions: [...(previous?.permissions.filter((permission) => !fresh.has(permission.id)) ?? []), ...landed],
          outcomes,
          requestIds: { ...previous?.requestIds, ...requestIdsFor(asked, requestId) },
        });
        if (landed.length > 0 || previous) onOutcomes?.(request, outcomes);
        settle('settled');
      },
      (error: unknown) => {
        dispatch({ type: 'check-failed', error });
        settle('unknown');
      },
    );
  }

  /** Sends one invite; a failure whose outcome is unknown is checked, a stopped wait changed nothing. */
  function run(
    request: InviteRequest,
    asked: readonly Recipient[],
    previous: SendAnswer | undefined,
    onAnswer: (result: InviteResult) => void,
    onFailure: (error: unknown) => void,
  ) {
    inFlight.current = true;
    const abort = new AbortController();
    controller.current = abort;
    invite(
      { ...request, recipients: asked },
      { signal: abort.signal, onRetryWait: (wait) => dispatch({ type: 'busy', busy: { until: wait.until, source: wait.source } }) },
    ).then(
      (result) => {
        onAnswer(result);
        settle('settled');
      },
      (error: unknown) => {
        if (isGraphError(error) && error.ambiguous) {
          dispatch({ type: 'lost', asked, error });
          check(request, asked, error, previous);
          return;
        }
        if (isGraphError(error) && error.kind === 'aborted') dispatch({ type: 'stopped' });
        else onFailure(error);
        settle('settled');
      },
    );
  }

  function start(request: InviteRequest) {
    if (inFlight.current) return;
    dispatch({ type: 'start', request });
    run(
      request,
      request.recipients,
      undefined,
      ({ status, permissions, requestId }) => {
        const outcomes = readOutcomes(request.recipients, permissions);
        dispatch({ type: 'answered', httpStatus: status, permissions, outcomes, requestIds: requestIdsFor(request.recipients, requestId) });
        onOutcomes?.(request, outcomes);
      },
      (error) => dispatch({ type: 'failed', error }),
    );
  }

  return {
    state,
    send(request, verifiedDomains) {
      // Not after an outcome that is unknown or known: only from the draft (a second Enter does nothing).
      if (inFlight.current || !(state.kind === 'idle' || state.kind === 'failed' || state.kind === 'stopped')) return;
      const externals = externalRecipients(request.recipients, verifiedDomains);
      if (externals.length > 0) dispatch({ type: 'confirm', request, externals });
      else start(request);
    },
    confirmExternal() {
      if (state.kind === 'confirming') start(state.request);
    },
    cancelExternal: () => dispatch({ type: 'cancel-confirm' }),
    retry() {
      if (inFlight.current || state.kind !== 'sent') return;
      const again = needsRetry(state.outcomes);
      if (again.length === 0) return;
      const sent = state;
      const previous: SendAnswer = { httpStatus: sent.httpStatus, permissions: sent.permissions, outcomes: sent.outcomes, requestIds: sent.requestIds };
      dispatch({ type: 'retry-start' });
      run(
        sent.request,
        again,
        previous,
        ({ status, permissions, requestId }) => {
          const fresh = new Set(permissions.map((permission) => permission.id));
          const outcomes = mergeOutcomes(sent.outcomes, readOutcomes(again, permissions));
          dispatch({
            type: 'retry-answered',
            httpStatus: status,
            permissions: [...sent.permissions.filter((permission) => !fresh.has(permission.id)), ...permissions],
            outcomes,
            requestIds: { ...sent.requestIds, ...requestIdsFor(again, requestId) },
          });
          onOutcomes?.(sent.request, outcomes);
        },
        (error) => dispatch({ type: 'retry-failed', error }),
      );
    },
    checkAgain() {
      if (inFlight.current || state.kind !== 'unknown') return;
      dispatch({ type: 'check-start' });
      check(state.request, state.asked, state.lost, state.previous);
    },
    stop(then) {
      if (!inFlight.current) return false;
      whenSettled.current = then ?? null;
      // A check in progress is not stopped: it is what tells whose access landed.
      controller.current?.abort();
      return true;
    },
    resend() {
      if (state.kind === 'failed') start(state.request);
    },
    reset: () => dispatch({ type: 'reset' }),
  };
}
