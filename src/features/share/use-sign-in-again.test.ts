import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthInteractionRequiredError, AuthPopupBlockedError, type InteractiveRequest } from '../../lib/auth';
import { GraphError } from '../../lib/graph';
import { useSignInAgain } from './use-sign-in-again';

const item = { driveId: 'd1', itemId: 'i1', name: 'Budget 2026.xlsx', isFolder: false };
const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
const challenge = new GraphError({ kind: 'claims-challenge', status: 401, code: 'InvalidAuthenticationToken', message: 'claims', claims });

function deferred() {
  let settle: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

function setup(canSignInHere = true) {
  const calls: { request: InteractiveRequest; answer: ReturnType<typeof deferred> }[] = [];
  const signIn = vi.fn((request: InteractiveRequest) => {
    const answer = deferred();
    calls.push({ request, answer });
    return answer.promise;
  });
  const hook = renderHook(() => useSignInAgain({ item, signIn, canSignInHere }));
  return { hook, signIn, calls };
}

afterEach(() => sessionStorage.clear());

describe('useSignInAgain', () => {
  it('signs in with the challenge’s claims in a popup, then resumes the interrupted action exactly once', async () => {
    const { hook, calls } = setup();
    const resume = vi.fn();
    act(() => hook.result.current.messageFor(challenge, resume, 'offer-send').onSignIn?.({}));
    expect(calls.map((call) => call.request)).toEqual([{ claims, interaction: 'popup' }]);
    expect(hook.result.current.messageFor(challenge, resume, 'offer-send')).toMatchObject({ error: challenge, signingIn: true });
    expect(resume).not.toHaveBeenCalled();

    await act(async () => {
      calls[0]?.answer.resolve();
      await Promise.resolve();
    });
    expect(resume).toHaveBeenCalledTimes(1);
    expect(hook.result.current.status).toEqual({ kind: 'idle' });
    // Nothing was noted for a page load: the popup kept the page.
    expect(sessionStorage.length).toBe(0);
  });

  it('shows a blocked window instead, with Try again (a popup) and Sign in in this window (a redirect, noted for the way back)', async () => {
    const { hook, calls } = setup();
    const expired = new AuthInteractionRequiredError();
    const resume = vi.fn();
    act(() => hook.result.current.messageFor(expired, resume, 'offer-send').onSignIn?.({}));
    const blocked = new AuthPopupBlockedError('empty_window_error');
    await act(async () => {
      calls[0]?.answer.reject(blocked);
      await Promise.resolve();
    });
    const shown = hook.result.current.messageFor(expired, resume, 'offer-send');
    expect(shown.error).toBe(blocked);
    expect(shown.onSignIn).toBeUndefined();
    expect(resume).not.toHaveBeenCalled();

    act(() => shown.onSignInHere?.());
    expect(calls[1]?.request).toEqual({ interaction: 'redirect' });
    expect(sessionStorage.getItem('share-dialog.signed-in-again:d1/i1')).not.toBeNull();

    // Back from the provider: a new page reads the note once, and forgets it.
    const back = renderHook(() => useSignInAgain({ item, signIn: vi.fn(), canSignInHere: true }));
    expect(back.result.current.returnedToSend).toBe(true);
    expect(sessionStorage.getItem('share-dialog.signed-in-again:d1/i1')).toBeNull();
    act(() => back.result.current.dismissReturned());
    expect(back.result.current.returnedToSend).toBe(false);
    expect(renderHook(() => useSignInAgain({ item, signIn: vi.fn(), canSignInHere: true })).result.current.returnedToSend).toBe(false);
  });

  it('offers no redirect where the page cannot leave (a frame) or the action would not survive it (a Retry)', async () => {
    for (const [canSignInHere, afterRedirect] of [
      [false, 'offer-send'],
      [true, 'none'],
    ] as const) {
      const { hook, calls } = setup(canSignInHere);
      const resume = vi.fn();
      act(() => hook.result.current.messageFor(challenge, resume, afterRedirect).onSignIn?.({}));
      await act(async () => {
        calls[0]?.answer.reject(new AuthPopupBlockedError());
        await Promise.resolve();
      });
      const shown = hook.result.current.messageFor(challenge, resume, afterRedirect);
      expect(shown.onSignInHere).toBeUndefined();
      act(() => shown.onRetry?.());
      expect(calls[1]?.request).toEqual({ claims, interaction: 'popup' });
      await act(async () => {
        calls[1]?.answer.resolve();
        await Promise.resolve();
      });
      expect(resume).toHaveBeenCalledTimes(1);
    }
  });

  it('offers no sign-in at all without a way to sign in (tokens from a portal)', () => {
    const hook = renderHook(() => useSignInAgain({ item, signIn: undefined, canSignInHere: false }));
    expect(hook.result.current.messageFor(challenge, vi.fn(), 'offer-send')).toEqual({ error: challenge });
  });
});
