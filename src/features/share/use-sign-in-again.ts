import { useEffect, useState } from 'react';
import { signInRequestFor } from '../../components/describe-error';
import type { ErrorMessageProps } from '../../components/error-message';
import type { InteractiveRequest } from '../../lib/auth';
import type { DriveItemRef } from '../../lib/graph';
import { sessionStore } from '../../lib/storage';

/**
 * What a redirect may do to the interrupted action: `offer-send` (a first send: the draft is kept
 * and, back on the page, the dialog says Send is still to be pressed), `reopen` (nothing to carry:
 * the dialog reads the item again) or `none` (the action cannot survive leaving the page, such as
 * a Retry whose outcome lives only in memory: no redirect is offered).
 */
export type AfterRedirect = 'offer-send' | 'reopen' | 'none';

export type SignInAgainStatus =
  | { kind: 'idle' }
  | { kind: 'signing-in'; for: unknown }
  /** The sign-in itself failed (a blocked popup, a cancelled window); `for` is the error it was to get past. */
  | { kind: 'failed'; for: unknown; error: unknown };

export interface SignInAgainOptions {
  item: DriveItemRef;
  /** The app's sign-in (useAuth().signIn); undefined where the dialog does not sign in itself. */
  signIn: ((request: InteractiveRequest) => Promise<void>) | undefined;
  /** Whether a redirect is possible (the standalone page). */
  canSignInHere: boolean;
}

export interface SignInAgain {
  status: SignInAgainStatus;
  /**
   * The props of the ErrorMessage that shows `error`: its "Sign in again" opens the sign-in window
   * and, once signed in, calls `resume`; if the window fails, the message shows why, with Try
   * again and (where `afterRedirect` allows and the page can) "Sign in in this window".
   */
  messageFor: (
    error: unknown,
    resume: () => void,
    afterRedirect: AfterRedirect,
  ) => Pick<ErrorMessageProps, 'error' | 'onSignIn' | 'onSignInHere' | 'onRetry' | 'signingIn'>;
  /** Back from a redirect sign-in started from a failed send: Send is still to be pressed. */
  returnedToSend: boolean;
  dismissReturned: () => void;
}

const RETURN_PREFIX = 'share-dialog.signed-in-again:';
const returnKey = (item: DriveItemRef) => `${RETURN_PREFIX}${item.driveId}/${item.itemId}`;

/**
 * Signing in again from the share dialog. A popup first, in both modes: the page, the draft and
 * who has already been sent to stay in memory, so the interrupted send (or Retry) carries on by
 * itself, exactly once, when the window closes. A redirect only when the popup cannot open and
 * the page may leave: the draft survives it (draft-storage.ts), and back on the page the dialog
 * offers Send instead of sending by itself, because nothing in memory says who was already sent
 * to, and mail should not go out from a page load the user did not click.
 */
export function useSignInAgain({ item, signIn, canSignInHere }: SignInAgainOptions): SignInAgain {
  const [status, setStatus] = useState<SignInAgainStatus>({ kind: 'idle' });
  // Read once: the note is written just before the redirect, and removed once read.
  const [returnedToSend, setReturnedToSend] = useState(() => sessionStore().getItem(returnKey(item)) !== null);
  useEffect(() => sessionStore().removeItem(returnKey(item)), [item]);

  function popup(error: unknown, resume: () => void) {
    if (!signIn) return;
    setStatus({ kind: 'signing-in', for: error });
    signIn({ ...signInRequestFor(error), interaction: 'popup' }).then(
      () => {
        setStatus({ kind: 'idle' });
        resume();
      },
      (failure: unknown) => setStatus({ kind: 'failed', for: error, error: failure }),
    );
  }

  function redirect(error: unknown, afterRedirect: AfterRedirect) {
    if (!signIn) return;
    if (afterRedirect === 'offer-send') sessionStore().setItem(returnKey(item), '1');
    setStatus({ kind: 'signing-in', for: error });
    signIn({ ...signInRequestFor(error), interaction: 'redirect' }).catch((failure: unknown) => {
      sessionStore().removeItem(returnKey(item));
      setStatus({ kind: 'failed', for: error, error: failure });
    });
  }

  return {
    status,
    messageFor(error, resume, afterRedirect) {
      if (!signIn) return { error };
      const current = status.kind !== 'idle' && status.for === error ? status : undefined;
      if (current?.kind === 'failed') {
        return {
          error: current.error,
          onRetry: () => popup(error, resume),
          onSignInHere: canSignInHere && afterRedirect !== 'none' ? () => redirect(error, afterRedirect) : undefined,
        };
      }
      return { error, onSignIn: () => popup(error, resume), signingIn: current?.kind === 'signing-in' };
    },
    returnedToSend,
    dismissReturned: () => setReturnedToSend(false),
  };
}
