import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderHookWithProviders, TEST_GRAPH_BASE } from '../../../testing/render';
import type { InviteRequest } from '../api/send-invite';
import { emailRecipient } from '../recipients/recipient.types';
import { useSend } from './use-send';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const alex = emailRecipient('alex@contoso.test');
const pradeep = emailRecipient('pradeep@contoso.test');
const request: InviteRequest = {
  item: { driveId: 'd1', itemId: 'i1', name: 'Q3.xlsx', isFolder: false },
  recipients: [alex, pradeep],
  role: 'write',
  requireSignIn: true,
  sendInvitation: true,
  message: '',
};
const verified = new Set(['contoso.test']);

function inviteServer(answers: ((emails: string[]) => Response)[]) {
  const bodies: { recipients: { email?: string }[] }[] = [];
  server.use(
    http.post(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/i1/invite`, async ({ request: incoming }) => {
      const body = (await incoming.json()) as (typeof bodies)[number];
      bodies.push(body);
      const answer = answers[bodies.length - 1] ?? answers.at(-1)!;
      return answer(body.recipients.map((recipient) => recipient.email ?? ''));
    }),
  );
  return bodies;
}
const granted = (email: string, error?: object) => ({ id: `p-${email}`, roles: ['write'], invitation: { email }, ...(error ? { error } : {}) });

describe('useSend', () => {
  it('sends once when Send is pressed twice in the same tick', async () => {
    const bodies = inviteServer([(emails) => HttpResponse.json({ value: emails.map((email) => granted(email)) })]);
    const { result } = renderHookWithProviders(() => useSend());
    act(() => {
      result.current.send(request, verified);
      result.current.send(request, verified);
    });
    await waitFor(() => expect(result.current.state.kind).toBe('sent'));
    expect(bodies).toHaveLength(1);
  });

  it('asks before inviting people outside the verified domains, and sends only after the confirmation', async () => {
    const bodies = inviteServer([(emails) => HttpResponse.json({ value: emails.map((email) => granted(email)) })]);
    const { result } = renderHookWithProviders(() => useSend());
    const outsider = emailRecipient('kim@fabrikam.test');
    act(() => result.current.send({ ...request, recipients: [alex, outsider] }, verified));
    expect(result.current.state).toMatchObject({ kind: 'confirming', externals: [outsider] });
    expect(bodies).toHaveLength(0);
    act(() => result.current.confirmExternal());
    await waitFor(() => expect(result.current.state.kind).toBe('sent'));
    expect(bodies[0]?.recipients).toEqual([{ email: 'alex@contoso.test' }, { email: 'kim@fabrikam.test' }]);
  });

  it('retries only the recipient who was not notified, and tells the caller every outcome after each answer', async () => {
    const bodies = inviteServer([
      () =>
        HttpResponse.json(
          { value: [granted('alex@contoso.test'), granted('pradeep@contoso.test', { code: 'notAllowed', innererror: { code: 'exchangeInvalidUser' } })] },
          { status: 207, headers: { 'request-id': 'rid-first' } },
        ),
      () => HttpResponse.json({ value: [granted('pradeep@contoso.test')] }, { headers: { 'request-id': 'rid-retry' } }),
    ]);
    const onOutcomes = vi.fn();
    const { result } = renderHookWithProviders(() => useSend(onOutcomes));
    act(() => result.current.send(request, verified));
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'sent', httpStatus: 207 }));
    expect(onOutcomes).toHaveBeenLastCalledWith(request, [expect.objectContaining({ kind: 'granted' }), expect.objectContaining({ kind: 'not-notified' })]);

    act(() => {
      result.current.retry();
      result.current.retry();
    });
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'sent', httpStatus: 200, retry: { kind: 'idle' } }));
    expect(bodies.map((body) => body.recipients)).toEqual([
      [{ email: 'alex@contoso.test' }, { email: 'pradeep@contoso.test' }],
      [{ email: 'pradeep@contoso.test' }],
    ]);
    const state = result.current.state;
    expect(state.kind === 'sent' && state.outcomes.map((outcome) => [outcome.recipient.label, outcome.kind])).toEqual([
      ['alex@contoso.test', 'granted'],
      ['pradeep@contoso.test', 'granted'],
    ]);
    expect(state.kind === 'sent' && state.permissions.map((permission) => permission.id)).toEqual(['p-alex@contoso.test', 'p-pradeep@contoso.test']);
    // Each person keeps the request id of the invite that last answered for them.
    expect(state.kind === 'sent' && state.requestIds).toEqual({ [alex.key]: 'rid-first', [pradeep.key]: 'rid-retry' });
    expect(onOutcomes).toHaveBeenCalledTimes(2);
  });

  it('keeps the request when the invite fails, so Send can go again', async () => {
    const bodies = inviteServer([
      () => HttpResponse.json({ error: { code: 'accessDenied', message: 'No' } }, { status: 403 }),
      (emails) => HttpResponse.json({ value: emails.map((email) => granted(email)) }),
    ]);
    const { result } = renderHookWithProviders(() => useSend());
    act(() => result.current.send(request, verified));
    await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'failed', request }));
    act(() => result.current.send(request, verified));
    await waitFor(() => expect(result.current.state.kind).toBe('sent'));
    expect(bodies).toHaveLength(2);
  });
  describe('when the answer is lost', () => {
    const permissionsUrl = `${TEST_GRAPH_BASE}/v1.0/drives/d1/items/i1/permissions`;
    /** The invite runs (Alex gets access) but its answer is cut; the permission list then shows Alex only. */
    function lostAnswer(answer: () => Response) {
      return { bodies: inviteServer([answer, (emails) => HttpResponse.json({ value: emails.map((email) => granted(email)) })]) };
    }
    const alexHasAccess = () => HttpResponse.json({ value: [{ id: 'owner', roles: ['owner'] }, granted('alex@contoso.test')] });

    it.each([
      ['an answer that is not JSON', () => new HttpResponse('{"value": [{"id": "p-al', { status: 200, headers: { 'Content-Type': 'application/json' } })],
      ['a 504', () => HttpResponse.json({ error: { code: 'gatewayTimeout', message: 'Gateway Timeout' } }, { status: 504 })],
      ['a dropped connection', () => HttpResponse.error()],
    ])('after %s reads the access back, marks Alex landed, and Retry sends to Pradeep only', async (_name, answer) => {
      const { bodies } = lostAnswer(answer);
      let reads = 0;
      server.use(
        http.get(permissionsUrl, () => {
          reads += 1;
          return alexHasAccess();
        }),
      );
      const onOutcomes = vi.fn();
      const { result } = renderHookWithProviders(() => useSend(onOutcomes));
      act(() => result.current.send(request, verified));
      await waitFor(() => expect(result.current.state.kind).toBe('sent'));
      const state = result.current.state;
      expect(state.kind === 'sent' && state.outcomes.map((outcome) => outcome.kind)).toEqual(['landed', 'failed']);
      expect(state.kind === 'sent' && state.lost).toBeDefined();
      expect(reads).toBe(1);
      expect(onOutcomes).toHaveBeenCalledTimes(1);

      // Send again (a second Enter) does nothing now; Retry invites only the one still missing.
      act(() => result.current.send(request, verified));
      act(() => result.current.retry());
      await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'sent', retry: { kind: 'idle' }, httpStatus: 200 }));
      expect(bodies.map((body) => body.recipients)).toEqual([
        [{ email: 'alex@contoso.test' }, { email: 'pradeep@contoso.test' }],
        [{ email: 'pradeep@contoso.test' }],
      ]);
      const after = result.current.state;
      expect(after.kind === 'sent' && after.outcomes.map((outcome) => outcome.kind)).toEqual(['landed', 'granted']);
      act(() => result.current.retry());
      expect(bodies).toHaveLength(2);
    });

    it('when the read-back fails too, offers only to check again, and sends nothing meanwhile', async () => {
      const { bodies } = lostAnswer(() => HttpResponse.error());
      let reads = 0;
      server.use(
        http.get(permissionsUrl, () => {
          reads += 1;
          return reads === 1 ? HttpResponse.json({ error: { code: 'generalException', message: 'boom' } }, { status: 500 }) : alexHasAccess();
        }),
      );
      const { result } = renderHookWithProviders(() => useSend());
      act(() => result.current.send(request, verified));
      await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'unknown', asked: [alex, pradeep] }));
      act(() => {
        result.current.send(request, verified);
        result.current.retry();
      });
      expect(bodies).toHaveLength(1);
      act(() => result.current.checkAgain());
      await waitFor(() => expect(result.current.state.kind).toBe('sent'));
      expect(reads).toBe(2);
      expect(bodies).toHaveLength(1);
    });
  });

  describe('while Graph is busy', () => {
    /** Holds each wait until it is aborted, so a test can see the countdown's state and cancel it. */
    const heldSleep = (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true }));

    it('reports the wait to retry, and Stop ends it with nothing sent and the request kept', async () => {
      const bodies = inviteServer([
        () => HttpResponse.json({ error: { code: 'tooManyRequests', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '20' } }),
      ]);
      const { result } = renderHookWithProviders(() => useSend(), { sleep: heldSleep });
      const before = Date.now();
      act(() => result.current.send(request, verified));
      await waitFor(() => expect(result.current.state).toMatchObject({ kind: 'sending', busy: { source: 'retry-after' } }));
      const state = result.current.state;
      expect(state.kind === 'sending' && state.busy && state.busy.until - before).toBeGreaterThanOrEqual(20_000);
      const then = vi.fn();
      act(() => void result.current.stop(then));
      await waitFor(() => expect(result.current.state).toEqual({ kind: 'stopped', request }));
      expect(then).toHaveBeenCalledWith('settled');
      expect(bodies).toHaveLength(1);
      expect(result.current.stop()).toBe(false);
    });
  });

  it('stopped while the invite is on its way, reads the access back before saying it is settled', async () => {
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/i1/invite`, async () => {
        release();
        await new Promise(() => undefined);
        return HttpResponse.json({ value: [] });
      }),
      http.get(`${TEST_GRAPH_BASE}/v1.0/drives/d1/items/i1/permissions`, () => HttpResponse.json({ value: [granted('pradeep@contoso.test')] })),
    );
    const onOutcomes = vi.fn();
    const { result } = renderHookWithProviders(() => useSend(onOutcomes));
    act(() => result.current.send(request, verified));
    await arrived;
    const then = vi.fn();
    act(() => void result.current.stop(then));
    await waitFor(() => expect(result.current.state.kind).toBe('sent'));
    expect(then).toHaveBeenCalledWith('settled');
    const state = result.current.state;
    expect(state.kind === 'sent' && state.outcomes.map((outcome) => outcome.kind)).toEqual(['failed', 'landed']);
    expect(onOutcomes).toHaveBeenCalledWith(request, [expect.objectContaining({ kind: 'failed' }), expect.objectContaining({ kind: 'landed' })]);
  });
});
