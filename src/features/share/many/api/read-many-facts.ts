import { useQuery } from '@tanstack/react-query';
import { driveItemSchema, driveSchema, sendBatched, useGraphClient, type DriveItemRef, type GraphClient, type GraphError } from '../../../../lib/graph';
import type { ItemFacts } from '../../options/item-capabilities';
import { selectionKeyOf } from '../many-plan';

export type FactsResult = { ok: true; facts: ItemFacts } | { ok: false; error: GraphError };

/**
 * Reads every item and each of their drives (once per drive) in a few $batch round trips: what
 * decides which options Graph will accept for each item, and whether it can be shared at all.
 */
export async function readManyFacts(client: GraphClient, items: readonly DriveItemRef[], signal?: AbortSignal): Promise<Map<string, FactsResult>> {
  const drives = [...new Set(items.map((item) => item.driveId))];
  const itemPath = (item: DriveItemRef) =>
    `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}?$select=id,name,root,folder,package`;
  const [itemResults, driveResults] = await Promise.all([
    sendBatched(
      client,
      items.map((item) => ({ method: 'GET', path: itemPath(item), schema: driveItemSchema }) as const),
      { signal },
    ),
    sendBatched(
      client,
      drives.map((drive) => ({ method: 'GET', path: `/v1.0/drives/${encodeURIComponent(drive)}?$select=id,driveType`, schema: driveSchema }) as const),
      {
        signal,
      },
    ),
  ]);
  const driveTypes = new Map(drives.map((drive, index) => [drive, driveResults[index]!]));
  const facts = new Map<string, FactsResult>();
  items.forEach((item, index) => {
    const found = itemResults[index]!;
    const drive = driveTypes.get(item.driveId)!;
    if (!found.ok) facts.set(selectionKeyOf(item), found);
    else if (!drive.ok) facts.set(selectionKeyOf(item), drive);
    else
      facts.set(selectionKeyOf(item), {
        ok: true,
        facts: {
          isRoot: found.data.root !== undefined,
          isFolder: found.data.folder !== undefined || found.data.package?.type === 'oneNote',
          driveType: drive.data.driveType,
        },
      });
  });
  return facts;
}

export function useManyFacts(items: readonly DriveItemRef[]) {
  const client = useGraphClient();
  return useQuery({
    queryKey: ['share-many-facts', items.map(selectionKeyOf)],
    queryFn: ({ signal }) => readManyFacts(client, items, signal),
  });
}
