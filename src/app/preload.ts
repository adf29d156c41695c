// Chunk loaders shared by the lazy views and the start-up code that warms them up early.
import { preloadableView } from './preloadable-view';

export const shareDialogView = preloadableView(() => import('../features/share').then((module) => module.ShareDialog));

/** Starts downloading the share dialog before anyone asks for it (a deep link, an idle moment). */
export function preloadShareDialog(): void {
  // A failed download is retried, and reported, when the dialog is actually rendered.
  void shareDialogView.load().catch(() => undefined);
}
