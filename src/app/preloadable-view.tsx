import { lazy, useState, type ComponentType } from 'react';

/**
 * A view in a chunk of its own that is often here before it is first shown (preloaded for a deep
 * link, or at an idle moment). React.lazy suspends on its first render even then, and React keeps
 * a Suspense fallback on screen for at least 300 ms once shown; this view renders at once when its
 * chunk has arrived, and suspends (to the caller's Suspense) only when it has not.
 */
export function preloadableView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const loadAndKeep = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => loadAndKeep().then((component) => ({ default: component })));
  function View(props: P) {
    // Chosen once per mount: switching from one to the other would remount the view.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { View, load: loadAndKeep };
}
