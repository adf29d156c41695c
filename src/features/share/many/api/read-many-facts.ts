import { useQuery } from '@tanstack/react-query';
import {
  collectionSchema,
  driveItemSchema,
  driveSchema,
  permissionSchema,
  sendBatched,
  useGraphClient,
  type DriveItemRef,
  type GraphClient,
  type GraphError,
  type Permission,
} from '../../../../lib/graph';
import { factsFrom, knownFacts } from '../../options/api/read-item-facts';
import type { ItemFacts } from '../../options/item-capabilities';
import { selectionKeyOf } from '../many-plan';

export type FactsResult = { ok: true; facts: ItemFacts } | { ok: false; error: GraphError };

const permissionsAnswer = collectionSchema(permissionSchema);

/**
 * Whether the caller may invite to an item on another person's OneDrive, from its permissions as
 * Graph shows them: a non-owner sees the drive owner's entry and only those permissions that apply
 * to them (Graph's "List permissions" documentation). Past the owner's entry, a write role means
 * they may share; only read roles, that they can only view (invite would answer 403). Undefined
 * when nothing but the owner's entry is shown. Not used for SharePoint libraries, whose site
 * groups (shown to everyone) do not say whether the caller is in them.
 */
export function mayInviteFrom(permissions: readonly Permission[]): boolean | undefined {
  const theirs = permissions.filter((permission) => !permission.roles.includes('owner') && permission.grantedToV2?.siteGroup === undefined);
  if (theirs.length === 0) return undefined;
  return theirs.some((permission) => permission.roles.includes('write'));
}

/**
 * Reads every item and each of their drives (once per drive) in a few $batch round trips: what
 * decides which options Graph will accept for each item, and whether it can be shared at all. An
 * item picked from a listing already carries its drive's type and whether it is the root
 * (`known`), so only the items without it are read, and only their drives. Items on another
 * person's OneDrive (shared with the caller) also have their permissions read, to name before Send
 * those the caller can only view.
 */
export async function readManyFacts(client: GraphClient, items: readonly DriveItemRef[], signal?: AbortSignal): Promise<Map<string, FactsResult>> {
  const unknown = items.filter((item) => item.known === undefined);
  const drives = [...new Set(unknown.map((item) => item.driveId))];
  const itemPath = (item: DriveItemRef) =>
    `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}?$select=id,name,root,folder,package`;
  const drivePath = (drive: string) => `/v1.0/drives/${encodeURIComponent(drive)}?$select=id,driveType`;
  const [itemResults, driveResults] = await Promise.all([
    sendBatched(
      client,
      unknown.map((item) => ({ method: 'GET', path: itemPath(item), schema: driveItemSchema }) as const),
      { signal },
    ),
    sendBatched(
      client,
      [...drives.map(drivePath), '/v1.0/me/drive?$select=id'].map((path) => ({ method: 'GET', path, schema: driveSchema }) as const),
      { signal },
    ),
  ]);
  const driveReads = new Map(drives.map((drive, index) => [drive, driveResults[index]!]));
  const own = driveResults[drives.length]!;
  // What each item is, as known from its listing or as just read (or why it could not be read).
  const read = new Map(unknown.map((item, index) => [selectionKeyOf(item), itemResults[index]!]));
  const factsOf = (item: DriveItemRef): FactsResult => {
    const known = knownFacts(item);
    if (known) return { ok: true, facts: known };
    const found = read.get(selectionKeyOf(item))!;
    const drive = driveReads.get(item.driveId)!;
    if (!found.ok) return found;
    if (!drive.ok) return drive;
    return { ok: true, facts: factsFrom(found.data, drive.data) };
  };
  const facts = new Map(items.map((item) => [selectionKeyOf(item), factsOf(item)]));
  // Without a OneDrive of one's own (or when it could not be read) every item is someone else's.
  const ownDriveId = own.ok ? own.data.id : undefined;
  const elsewhere = items.filter((item) => {
    const result = facts.get(selectionKeyOf(item))!;
    return result.ok && item.driveId !== ownDriveId && (result.facts.driveType === 'business' || result.facts.driveType === 'personal');
  });
  const permissionResults = await sendBatched(
    client,
    elsewhere.map(
      (item) =>
        ({
          method: 'GET',
          path: `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}/permissions?$select=id,roles,grantedToV2`,
          schema: permissionsAnswer,
        }) as const,
    ),
    { signal },
  );
  // Unreadable permissions decide nothing: the invite itself will say.
  const mayInvite = new Map(
    elsewhere.map((item, index) => {
      const result = permissionResults[index]!;
      return [selectionKeyOf(item), result.ok ? mayInviteFrom(result.data.value) : undefined];
    }),
  );
  return new Map(
    [...facts].map(([key, result]): [string, FactsResult] => [
      key,
      result.ok && mayInvite.has(key) ? { ok: true, facts: { ...result.facts, mayInvite: mayInvite.get(key) } } : result,
    ]),
  );
}

export function useManyFacts(items: readonly DriveItemRef[]) {
  const client = useGraphClient();
  return useQuery({
    queryKey: ['share-many-facts', items.map(selectionKeyOf)],
    queryFn: ({ signal }) => readManyFacts(client, items, signal),
  });
}
