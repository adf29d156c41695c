import { useReducer, useRef } from 'react';
import { useSendInvite, type InviteRequest, type InviteResult } from '../api/send-invite';
import { externalRecipients } from '../recipients/external';
import type { Recipient } from '../recipients/recipient.types';
import { mergeOutcomes, needsRetry, readOutcomes, type RecipientOutcome } from './recipient-outcome';
import { idle, sendReducer, type SendState } from './send-lifecycle';

function requestIdsFor(recipients: readonly Recipient[], requestId: string | undefined): Record<string, string | undefined> {
  return Object.fromEntries(recipients.map((recipient) => [recipient.key, requestId]));
}

export interface SendControls {
  state: SendState;
  /** Sends, or first asks to confirm the people outside the organization (unknown domains mark nobody). */
  send: (request: InviteRequest, verifiedDomains: ReadonlySet<string> | undefined) => void;
  confirmExternal: () => void;
  cancelExternal: () => void;
  /** Sends the same options again to only the recipients who have no access or were not notified. */
  retry: () => void;
  /**
   * Sends a failed send's request again, as it was (already confirmed): for after signing in
   * again, when the failure was a refused token and Graph carried nothing out.
   */
  resend: () => void;
  reset: () => void;
}

/**
 * The send lifecycle: one invite at a time. The guard is a ref, set in the same tick as the
 * click, so a double click (or Enter and a click together) sends once, before React re-renders.
 * `onOutcomes` hears every outcome so far after each answer (what an embedding portal is told).
 */
export function useSend(onOutcomes?: (request: InviteRequest, outcomes: RecipientOutcome[]) => void): SendControls {
  const invite = useSendInvite();
  const [state, dispatch] = useReducer(sendReducer, idle);
  const inFlight = useRef(false);

  function run(request: InviteRequest, onAnswer: (result: InviteResult) => void, onError: (error: unknown) => void) {
    inFlight.current = true;
    invite(request)
      .then(onAnswer, onError)
      .finally(() => {
        inFlight.current = false;
      });
  }

  function start(request: InviteRequest) {
    if (inFlight.current) return;
    dispatch({ type: 'start', request });
    run(
      request,
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
      if (inFlight.current) return;
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
      dispatch({ type: 'retry-start' });
      run(
        { ...sent.request, recipients: again },
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
    resend() {
      if (state.kind === 'failed') start(state.request);
    },
    reset: () => dispatch({ type: 'reset' }),
  };
}
