/**
 * Whether this tab may have a sign-in, without loading MSAL to ask. The app notes it here when a
 * sign-in starts and while someone is signed in, and forgets it once MSAL has found nobody. It
 * lives in sessionStorage, where MSAL keeps its own cache, so both share the tab's lifetime.
 *
 * A tab with no note gets the signed-out page straight away and loads MSAL only for the Sign in
 * button; a tab with one waits for MSAL (it may be coming back from the sign-in redirect). If MSAL
 * had an account the note missed, Sign in finds it again silently at the provider.
 */
const KEY = 'share-dialog.session';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function mayBeSignedIn(storage: Store): boolean {
  return storage.getItem(KEY) !== null;
}

/** Before leaving for the sign-in page: the page it comes back to must wait for MSAL. */
export function noteSigningIn(storage: Store): void {
  storage.setItem(KEY, 'signing-in');
}

export function noteSignedIn(storage: Store): void {
  storage.setItem(KEY, 'signed-in');
}

export function forgetSession(storage: Store): void {
  storage.removeItem(KEY);
}
