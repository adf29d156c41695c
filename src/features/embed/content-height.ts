/**
 * Reports the height of what the frame shows (the open dialog's surface, which is fixed-position
 * and so not part of the document's height) whenever it changes, for hosts that size their frame.
 */
export function watchContentHeight(doc: Document, onHeight: (height: number) => void): () => void {
  let last = -1;
  let observed: Element | null = null;
  const report = () => {
    const surface = doc.querySelector('[role="dialog"], [role="alertdialog"]');
    const height = Math.ceil(surface ? surface.getBoundingClientRect().height : doc.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      onHeight(height);
    }
  };
  const resizes = new ResizeObserver(report);
  // Dialogs come and go (sign-in, then the share dialog): follow whichever is shown.
  const mutations = new MutationObserver(() => {
    const surface = doc.querySelector('[role="dialog"], [role="alertdialog"]');
    if (surface !== observed) {
      if (observed) resizes.unobserve(observed);
      observed = surface;
      if (surface) resizes.observe(surface);
    }
    report();
  });
  mutations.observe(doc.body, { childList: true, subtree: true });
  report();
  return () => {
    mutations.disconnect();
    resizes.disconnect();
  };
}
