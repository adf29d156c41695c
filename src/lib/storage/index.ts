/** The part of the Storage API the app uses. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let fallback: SessionStore | undefined;

function memoryStore(): SessionStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The tab's sessionStorage, or, where the browser refuses it (a sandboxed or storage-blocked
 * cross-site frame throws a SecurityError on the mere read of `window.sessionStorage`), a store in
 * memory for the page's life: what it keeps then does not survive a reload, which is all such a
 * frame can have.
 */
export function sessionStore(): SessionStore {
  try {
    const storage = window.sessionStorage;
    storage.getItem('');
    return storage;
  } catch {
    fallback ??= memoryStore();
    return fallback;
  }
}
