import { useEffect, useRef } from 'react';
import type { DriveItemRef } from '../../lib/graph';
import { sessionStore } from '../../lib/storage';
import { clearDraft, isBlank, saveDraft } from './draft-storage';
import type { ShareDraft } from './share-draft';

const SAVE_DELAY_MS = 300;

/**
 * Keeps the item's draft in sessionStorage while the dialog is open: a moment after each change,
 * at once when the page is hidden (reload, sign-in redirect) and when the dialog's view goes away
 * unasked (a crash). Forgets it once the share is sent (`done`) or the user closes the dialog.
 */
export function useDraftPersistence(item: DriveItemRef, draft: ShareDraft, initial: ShareDraft, { open, done }: { open: boolean; done: boolean }) {
  const storage = sessionStore();
  const latest = useRef({ draft, keep: open && !done });

  useEffect(() => {
    const keep = open && !done;
    latest.current = { draft, keep };
    const write = () => (isBlank(draft, initial) ? clearDraft(storage, item) : saveDraft(storage, item, draft));
    if (!keep) {
      clearDraft(storage, item);
      return undefined;
    }
    const timer = window.setTimeout(write, SAVE_DELAY_MS);
    const flush = () => {
      window.clearTimeout(timer);
      write();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [draft, initial, item, open, done, storage]);

  // Unmounted while still open (the view crashed, or a key changed): keep what was typed.
  useEffect(
    () => () => {
      const { draft: last, keep } = latest.current;
      if (keep && !isBlank(last, initial)) saveDraft(storage, item, last);
    },
    [initial, item, storage],
  );
}
