import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { englishText } from '../../../components/display-text';
import type { LocalizedText } from '../../../i18n';
import { isAuthError } from '../../../lib/auth';
import { driveItemSchema, driveSchema, isGraphError, toDriveItemRef, useGraphClient, type DriveItemRef, type GraphClient } from '../../../lib/graph';
import { parseTarget } from '../target/parse-target';

/**
 * A deep-link target that cannot name an item at all, before anything is asked of Graph. The UI
 * shows `reason` in the user's language; `message` is its English wording, for logs.
 */
export class TargetError extends Error {
  override readonly name = 'TargetError';
  constructor(readonly reason: LocalizedText) {
    super(englishText(reason));
  }
}

export function isTargetError(error: unknown): error is TargetError {
  return error instanceof TargetError;
}

const ITEM_FIELDS = 'id,name,folder,package,parentReference,remoteItem,root';

/** `/groups/g/drive/items/1` → `/groups/g/drive`: the drive an item path starts from. */
export function drivePathOf(itemPath: string): string | undefined {
  const match = /^(.*?\/drive|\/drives\/[^/]+)\/(root|items|special|bundles|following)(\/|:|$)/.exec(itemPath);
  return match?.[1];
}

/**
 * Reads the item a target names and returns it as drive id + item id, the one canonical address
 * every later request (invite, permissions) uses, whichever form the target came in.
 */
export async function resolveTarget(client: GraphClient, target: string, signal?: AbortSignal): Promise<DriveItemRef> {
  const parsed = parseTarget(target);
  if (!parsed.ok) throw new TargetError(parsed.reason);
  const separator = parsed.path.includes('?') ? '&' : '?';
  const { data: item } = await client.request({
    method: 'GET',
    path: `/v1.0${parsed.path}${separator}$select=${ITEM_FIELDS}`,
    schema: driveItemSchema,
    signal,
  });
  let driveId = (item.remoteItem ?? item).parentReference?.driveId;
  if (!driveId) {
    // A drive's root often comes without parentReference: ask the drive it was reached through.
    const drive = drivePathOf(parsed.path);
    if (!drive) throw new TargetError({ id: 'drive.target.noDrive' });
    driveId = (await client.request({ method: 'GET', path: `/v1.0${drive}?$select=id`, schema: driveSchema, signal })).data.id;
  }
  return toDriveItemRef(item, driveId);
}

const targetQuery = (client: GraphClient, target: string | null) => ({
  queryKey: ['drive-target', target],
  enabled: target !== null,
  queryFn: ({ signal }: { signal: AbortSignal }) => resolveTarget(client, target ?? '', signal),
  staleTime: Infinity,
  // An answer, error included, is kept for whoever asks next (a prefetch's error is shown, with
  // Retry, rather than asked again behind the user's back).
  retryOnMount: false,
  // A target that names no item is an expected, explained outcome, not a crash for the error boundary.
  throwOnError: (error: Error) => !isTargetError(error) && !isGraphError(error) && !isAuthError(error),
});

export function useResolvedTarget(target: string | null) {
  const client = useGraphClient();
  return useQuery(targetQuery(client, target));
}

/**
 * Starts resolving a target before any component asks (a deep link, while the app is still
 * rendering); useResolvedTarget then finds the answer, or the request in flight, in the cache.
 * An answer that only says there was no token to ask with (nobody signed in after all) is not
 * kept: the hook asks again once someone has signed in.
 */
export function prefetchResolvedTarget(queryClient: QueryClient, client: GraphClient, target: string): void {
  const query = targetQuery(client, target);
  void queryClient.prefetchQuery(query).then(() => {
    const { error } = queryClient.getQueryState(query.queryKey) ?? {};
    if (isAuthError(error)) queryClient.removeQueries({ queryKey: query.queryKey, exact: true });
  });
}

/** Several targets at once (an embedding portal's `targets`): one answer per target, in order; none while null. */
export function useResolvedTargets(targets: readonly string[] | null) {
  const client = useGraphClient();
  return useQueries({ queries: (targets ?? []).map((target) => targetQuery(client, target)) });
}
