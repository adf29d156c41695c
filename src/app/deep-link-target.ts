import { sessionStore } from '../lib/storage';

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

export function forgetTarget() {
  sessionStore().removeItem(STORAGE_KEY);
  const url = new URL(window.location.href);
  if (url.searchParams.has(PARAM)) {
    url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, '', url);
  }
}

/** The item whose dialog is open, kept like a deep link so a reload (or a sign-in redirect) opens it again. */
export function rememberTarget(item: { driveId: string; itemId: string }) {
  sessionStore().setItem(STORAGE_KEY, `driveId=${encodeURIComponent(item.driveId)}&itemId=${encodeURIComponent(item.itemId)}`);
}
