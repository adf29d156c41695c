import { useState } from 'react';
import { useResolvedTarget } from '../features/drive';

const PARAM = 'target';
// Sign-in leaves the page and may come back without the query: the target waits here meanwhile.
const STORAGE_KEY = 'share-dialog.target';

/** The `?target=` of the page, or one kept across the sign-in redirect. */
export function readTarget(location: Pick<Location, 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'>): string | null {
  const fromUrl = new URLSearchParams(location.search).get(PARAM);
  if (fromUrl !== null) {
    storage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(STORAGE_KEY);
}

function forgetTarget() {
  sessionStorage.removeItem(STORAGE_KEY);
  const url = new URL(window.location.href);
  if (url.searchParams.has(PARAM)) {
    url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, '', url);
  }
}

/**
 * A deep link opens the share dialog straight away: the target is resolved once the user is signed
 * in, and forgotten (also from the address bar) once the dialog closes or the user browses instead.
 */
export function useDeepLink(signedIn: boolean) {
  const [target, setTarget] = useState(() => readTarget(window.location, window.sessionStorage));
  const resolved = useResolvedTarget(signedIn ? target : null);
  return {
    target,
    status: target === null || !signedIn ? ('none' as const) : resolved.status,
    item: target !== null && resolved.data ? resolved.data : null,
    error: resolved.error,
    retry: () => void resolved.refetch(),
    dismiss: () => {
      forgetTarget();
      setTarget(null);
    },
  };
}
