// Chunk loaders shared by the lazy views and the start-up code that warms them up early.
export const loadShareDialog = () => import('../features/share');

/** Starts downloading the share dialog before anyone asks for it (a deep link, an idle moment). */
export function preloadShareDialog(): void {
  // A failed download is retried, and reported, when the dialog is actually rendered.
  void loadShareDialog().catch(() => undefined);
}
