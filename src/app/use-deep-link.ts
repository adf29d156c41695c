import { useState } from 'react';
import { prefetchResolvedTarget, useResolvedTarget } from '../features/drive';
import { sessionStore } from '../lib/storage';
import type { AppServices } from './app-providers';
import { forgetTarget, readTarget } from './deep-link-target';

export { readTarget } from './deep-link-target';

/**
 * The tab's deep link (readTarget's answer) starts resolving as soon as there is a token to ask
 * with, before the app has rendered: useDeepLink (same target, same query) then opens the dialog
 * on that answer.
 */
export function prefetchDeepLink(services: AppServices, target: string | null): void {
  if (target !== null) prefetchResolvedTarget(services.queryClient, services.graph, target);
}

/**
 * A deep link opens the share dialog straight away: the target is resolved once the user is signed
 * in, and forgotten (also from the address bar) once the dialog closes or the user browses instead.
 */
export function useDeepLink(signedIn: boolean) {
  const [target, setTarget] = useState(() => readTarget(window.location, sessionStore()));
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
