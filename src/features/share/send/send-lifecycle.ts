import type { Permission } from '../../../lib/graph';
import type { InviteRequest } from '../api/send-invite';
import type { Recipient } from '../recipients/recipient.types';
import type { RecipientOutcome } from './recipient-outcome';

export type RetryState = { kind: 'idle' } | { kind: 'retrying' } | { kind: 'failed'; error: unknown };

/** What the invites answered so far, across the first send and any retries. */
export interface SendAnswer {
  /** The status of the last answer: 200, or 207 when some notifications failed. */
  httpStatus: number;
  permissions: Permission[];
  /** One per recipient of the first send, in its order. */
  outcomes: RecipientOutcome[];
  /** By recipient key: the request-id of the invite that last answered for them (a retry answers anew). */
  requestIds: Readonly<Record<string, string | undefined>>;
}

/** The life of one send, from Send to its answer and any retries. */
export type SendState =
  | { kind: 'idle' }
  /** Waiting for the user to confirm the people outside the organization. */
  | { kind: 'confirming'; request: InviteRequest; externals: Recipient[] }
  | { kind: 'sending'; request: InviteRequest }
  | { kind: 'failed'; request: InviteRequest; error: unknown }
  | ({ kind: 'sent'; request: InviteRequest; retry: RetryState } & SendAnswer);

export type SendEvent =
  | { type: 'confirm'; request: InviteRequest; externals: Recipient[] }
  | { type: 'cancel-confirm' }
  | { type: 'start'; request: InviteRequest }
  | ({ type: 'answered' } & SendAnswer)
  | { type: 'failed'; error: unknown }
  | { type: 'retry-start' }
  | ({ type: 'retry-answered' } & SendAnswer)
  | { type: 'retry-failed'; error: unknown }
  | { type: 'reset' };

export const idle: SendState = { kind: 'idle' };

/** Events that do not fit the current state change nothing. */
export function sendReducer(state: SendState, event: SendEvent): SendState {
  switch (event.type) {
    case 'confirm':
      return state.kind === 'idle' || state.kind === 'failed' ? { kind: 'confirming', request: event.request, externals: event.externals } : state;
    case 'cancel-confirm':
      return state.kind === 'confirming' ? idle : state;
    case 'start':
      return state.kind === 'idle' || state.kind === 'failed' || state.kind === 'confirming' ? { kind: 'sending', request: event.request } : state;
    case 'answered':
      return state.kind === 'sending'
        ? {
            kind: 'sent',
            request: state.request,
            retry: { kind: 'idle' },
            httpStatus: event.httpStatus,
            permissions: event.permissions,
            outcomes: event.outcomes,
            requestIds: event.requestIds,
          }
        : state;
    case 'failed':
      return state.kind === 'sending' ? { kind: 'failed', request: state.request, error: event.error } : state;
    case 'retry-start':
      return state.kind === 'sent' && state.retry.kind !== 'retrying' ? { ...state, retry: { kind: 'retrying' } } : state;
    case 'retry-answered':
      return state.kind === 'sent' && state.retry.kind === 'retrying'
        ? {
            ...state,
            retry: { kind: 'idle' },
            httpStatus: event.httpStatus,
            permissions: event.permissions,
            outcomes: event.outcomes,
            requestIds: event.requestIds,
          }
        : state;
    case 'retry-failed':
      return state.kind === 'sent' && state.retry.kind === 'retrying' ? { ...state, retry: { kind: 'failed', error: event.error } } : state;
    case 'reset':
      return idle;
  }
}
