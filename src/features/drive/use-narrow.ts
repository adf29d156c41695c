import { useSyncExternalStore } from 'react';

/**
 * Below this width the file list stops being a table of columns: each item is one entry with its
 * name, a second line with date and size, and its Share button (see drive-browser.styles.ts).
 */
export const NARROW_MEDIA = '(max-width: 599.98px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(NARROW_MEDIA);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const matches = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_MEDIA).matches;

/** Whether the window is narrow (the row height of the virtual list depends on it). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, matches, () => false);
}
