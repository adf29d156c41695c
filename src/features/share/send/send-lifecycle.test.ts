import { describe, expect, it } from 'vitest';
import type { InviteRequest } from '../api/send-invite';
import { emailRecipient } from '../recipients/recipient.types';
import { idle, sendReducer, type SendEvent, type SendState } from './send-lifecycle';

const alex = emailRecipient('alex@contoso.test');
const request: InviteRequest = {
  item: { driveId: 'd', itemId: 'i', name: 'Q3.xlsx', isFolder: false },
  recipients: [alex],
  role: 'read',
  requireSignIn: true,
  sendInvitation: true,
  message: '',
};
const permission = { id: 'p1', roles: ['read'] };
const answer = {
  httpStatus: 200,
  permissions: [permission],
  outcomes: [{ recipient: alex, kind: 'granted' as const, permission }],
  requestIds: { [alex.key]: 'rid-1' },
};
const run = (...events: SendEvent[]): SendState => events.reduce(sendReducer, idle);

describe('sendReducer', () => {
  it('goes idle → sending → sent, keeping what was sent', () => {
    const sent = run({ type: 'start', request }, { type: 'answered', ...answer });
    expect(sent).toMatchObject({ kind: 'sent', request, httpStatus: 200, retry: { kind: 'idle' } });
  });

  it('starts only once: a second start while sending changes nothing', () => {
    const sending = run({ type: 'start', request });
    expect(sendReducer(sending, { type: 'start', request: { ...request, role: 'write' } })).toBe(sending);
  });

  it('keeps the failed request and lets the user send again from there', () => {
    const failed = run({ type: 'start', request }, { type: 'failed', error: new Error('503') });
    expect(failed).toMatchObject({ kind: 'failed', request });
    expect(sendReducer(failed, { type: 'start', request }).kind).toBe('sending');
  });

  it('asks to confirm externals first; cancelling goes back to editing, confirming sends', () => {
    const confirming = run({ type: 'confirm', request, externals: [alex] });
    expect(confirming).toMatchObject({ kind: 'confirming', externals: [alex] });
    expect(sendReducer(confirming, { type: 'cancel-confirm' })).toBe(idle);
    expect(sendReducer(confirming, { type: 'start', request }).kind).toBe('sending');
  });

  it('retries from sent only, one at a time, and records a failed retry without losing the outcome', () => {
    const sent = run({ type: 'start', request }, { type: 'answered', ...answer });
    const retrying = sendReducer(sent, { type: 'retry-start' });
    expect(retrying).toMatchObject({ kind: 'sent', retry: { kind: 'retrying' } });
    expect(sendReducer(retrying, { type: 'retry-start' })).toBe(retrying);
    const error = new Error('429');
    expect(sendReducer(retrying, { type: 'retry-failed', error })).toMatchObject({ kind: 'sent', outcomes: answer.outcomes, retry: { kind: 'failed', error } });
    expect(sendReducer(idle, { type: 'retry-start' })).toBe(idle);
  });

  it('ignores answers that arrive in a state that did not ask for them', () => {
    expect(sendReducer(idle, { type: 'answered', ...answer })).toBe(idle);
    const sent = run({ type: 'start', request }, { type: 'answered', ...answer });
    expect(sendReducer(sent, { type: 'retry-answered', ...answer })).toBe(sent);
  });
  it('records the wait while Graph is busy, and a stop goes back to the draft from where a new send may start', () => {
    const busy = { until: 5_000, source: 'retry-after' as const };
    const waiting = run({ type: 'start', request }, { type: 'busy', busy });
    expect(waiting).toMatchObject({ kind: 'sending', busy });
    const stopped = sendReducer(waiting, { type: 'stopped' });
    expect(stopped).toEqual({ kind: 'stopped', request });
    expect(sendReducer(stopped, { type: 'start', request }).kind).toBe('sending');
  });

  it('after a lost answer checks, and from checking or unknown nothing can be sent until the check works', () => {
    const error = new Error('dropped');
    const checking = run({ type: 'start', request }, { type: 'lost', asked: [alex], error });
    expect(checking).toMatchObject({ kind: 'checking', asked: [alex], lost: error, previous: undefined });
    expect(sendReducer(checking, { type: 'start', request })).toBe(checking);
    expect(sendReducer(checking, { type: 'retry-start' })).toBe(checking);
    const unknown = sendReducer(checking, { type: 'check-failed', error: new Error('500') });
    expect(unknown).toMatchObject({ kind: 'unknown', asked: [alex] });
    expect(sendReducer(unknown, { type: 'start', request })).toBe(unknown);
    expect(sendReducer(unknown, { type: 'confirm', request, externals: [] })).toBe(unknown);
    const again = sendReducer(unknown, { type: 'check-start' });
    expect(again.kind).toBe('checking');
    const landed = { ...answer, httpStatus: 0, outcomes: [{ recipient: alex, kind: 'landed' as const, permission }] };
    expect(sendReducer(again, { type: 'checked', ...landed })).toMatchObject({ kind: 'sent', lost: error, outcomes: landed.outcomes });
  });

  it('a retry whose answer is lost keeps what the first send learnt for the check', () => {
    const sent = run({ type: 'start', request }, { type: 'answered', ...answer }, { type: 'retry-start' });
    const checking = sendReducer(sent, { type: 'lost', asked: [alex], error: new Error('504') });
    expect(checking).toMatchObject({ kind: 'checking', previous: { outcomes: answer.outcomes, requestIds: answer.requestIds } });
  });
});
