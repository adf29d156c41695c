import type { Permission } from '../../../lib/graph';
import type { InviteRequest } from '../api/send-invite';
import type { Recipient } from '../recipients/recipient.types';
import type { RecipientOutcome } from './recipient-outcome';

/** Graph is busy and the transport waits to try again: until when, and whether Graph said how long. */
export interface Busy {
  /** Epoch milliseconds when the next attempt starts. */
  until: number;
  source: 'retry-after' | 'backoff';
}

export type RetryState =
  | { kind: 'idle' }
  | { kind: 'retrying'; busy: Busy | undefined }
  | { kind: 'failed'; error: unknown }
  /** The user stopped the retry while it waited; Graph had carried nothing out. */
  | { kind: 'stopped' };

/** What the invites answered so far, across the first send and any retries. */
export interface SendAnswer {
  /** The status of the last answer: 200, or 207 when some notifications failed; 0 when it was lost and the access was read back. */
  httpStatus: number;
  permissions: Permission[];
  /** One per recipient of the first send, in its order. */
  outcomes: RecipientOutcome[];
  /** By recipient key: the request-id of the invite that last answered for them (a retry answers anew). */
  requestIds: Readonly<Record<string, string | undefined>>;
}

/**
 * An invite whose outcome is unknown (a time-out, a dropped connection, a 504, an unreadable
 * answer): who it was for, why it is unknown, and what was known before it (a retry's first send).
 */
export interface LostInvite {
  request: InviteRequest;
  /** The recipients of the lost invite (all of the request's on a first send, the retried ones on a retry). */
  asked: readonly Recipient[];
  lost: unknown;
  previous: SendAnswer | undefined;
}

/** The life of one send, from Send to its answer and any retries. */
export type SendState =
  | { kind: 'idle' }
  /** Waiting for the user to confirm the people outside the organization. */
  | { kind: 'confirming'; request: InviteRequest; externals: Recipient[] }
  | { kind: 'sending'; request: InviteRequest; busy: Busy | undefined }
  | { kind: 'failed'; request: InviteRequest; error: unknown }
  /** The user stopped the send while it waited to try again: nothing was carried out. */
  | { kind: 'stopped'; request: InviteRequest }
  /** The invite's outcome is unknown: the item's permissions are being read back. */
  | ({ kind: 'checking' } & LostInvite)
  /** Reading them back failed too: nothing may be sent again until a check succeeds. */
  | ({ kind: 'unknown'; checkError: unknown } & LostInvite)
  /** `lost` is set when (part of) the answer was read back from the item's permissions instead. */
  | ({ kind: 'sent'; request: InviteRequest; retry: RetryState; lost: unknown } & SendAnswer);

export type SendEvent =
  | { type: 'confirm'; request: InviteRequest; externals: Recipient[] }
  | { type: 'cancel-confirm' }
  | { type: 'start'; request: InviteRequest }
  | { type: 'busy'; busy: Busy }
  | ({ type: 'answered' } & SendAnswer)
  | { type: 'failed'; error: unknown }
  | { type: 'stopped' }
  | { type: 'lost'; asked: readonly Recipient[]; error: unknown }
  | { type: 'check-start' }
  | ({ type: 'checked' } & SendAnswer)
  | { type: 'check-failed'; error: unknown }
  | { type: 'retry-start' }
  | ({ type: 'retry-answered' } & SendAnswer)
  | { type: 'retry-failed'; error: unknown }
  | { type: 'reset' };

export const idle: SendState = { kind: 'idle' };

/** States from which a new send may start: nothing is in flight and no outcome is unknown. */
const startable = new Set<SendState['kind']>(['idle', 'failed', 'stopped', 'confirming']);

function answerOf(state: Extract<SendState, { kind: 'sent' }>): SendAnswer {
  return { httpStatus: state.httpStatus, permissions: state.permissions, outcomes: state.outcomes, requestIds: state.requestIds };
}

function answer(event: SendAnswer): SendAnswer {
  return { httpStatus: event.httpStatus, permissions: event.permissions, outcomes: event.outcomes, requestIds: event.requestIds };
}

/** Events that do not fit the current state change nothing. */
export function sendReducer(state: SendState, event: SendEvent): SendState {
  switch (event.type) {
    case 'confirm':
      return state.kind === 'idle' || state.kind === 'failed' || state.kind === 'stopped'
        ? { kind: 'confirming', request: event.request, externals: event.externals }
        : state;
    case 'cancel-confirm':
      return state.kind === 'confirming' ? idle : state;
    case 'start':
      return startable.has(state.kind) ? { kind: 'sending', request: event.request, busy: undefined } : state;
    case 'busy':
      if (state.kind === 'sending') return { ...state, busy: event.busy };
      if (state.kind === 'sent' && state.retry.kind === 'retrying') return { ...state, retry: { kind: 'retrying', busy: event.busy } };
      return state;
    case 'answered':
      return state.kind === 'sending' ? { kind: 'sent', request: state.request, retry: { kind: 'idle' }, lost: undefined, ...answer(event) } : state;
    case 'failed':
      return state.kind === 'sending' ? { kind: 'failed', request: state.request, error: event.error } : state;
    case 'stopped':
      if (state.kind === 'sending') return { kind: 'stopped', request: state.request };
      if (state.kind === 'sent' && state.retry.kind === 'retrying') return { ...state, retry: { kind: 'stopped' } };
      return state;
    case 'lost':
      if (state.kind === 'sending') return { kind: 'checking', request: state.request, asked: event.asked, lost: event.error, previous: undefined };
      if (state.kind === 'sent' && state.retry.kind === 'retrying') {
        return { kind: 'checking', request: state.request, asked: event.asked, lost: event.error, previous: answerOf(state) };
      }
      return state;
    case 'check-start':
      return state.kind === 'unknown' ? { kind: 'checking', request: state.request, asked: state.asked, lost: state.lost, previous: state.previous } : state;
    case 'checked':
      return state.kind === 'checking' ? { kind: 'sent', request: state.request, retry: { kind: 'idle' }, lost: state.lost, ...answer(event) } : state;
    case 'check-failed':
      return state.kind === 'checking' ? { ...state, kind: 'unknown', checkError: event.error } : state;
    case 'retry-start':
      return state.kind === 'sent' && state.retry.kind !== 'retrying' ? { ...state, retry: { kind: 'retrying', busy: undefined } } : state;
    case 'retry-answered':
      return state.kind === 'sent' && state.retry.kind === 'retrying' ? { ...state, retry: { kind: 'idle' }, ...answer(event) } : state;
    case 'retry-failed':
      return state.kind === 'sent' && state.retry.kind === 'retrying' ? { ...state, retry: { kind: 'failed', error: event.error } } : state;
    case 'reset':
      return idle;
  }
}
