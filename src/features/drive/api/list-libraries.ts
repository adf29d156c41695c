import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { FEATURE_SCOPES } from '../../../config/settings';
import { readAll, useGraphClient, type GraphClient } from '../../../lib/graph';

/** A document library the user can browse: a group's or a followed site's default drive. */
export interface Library {
  kind: 'group' | 'site';
  id: string;
  name: string;
  /** The drive as a Graph path (`/groups/{id}/drive`, `/sites/{id}/drive`). */
  drive: string;
}

const membershipSchema = z.object({
  '@odata.type': z.optional(z.string()),
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  groupTypes: z.optional(z.array(z.string())),
});
const siteSchema = z.object({ id: z.string().check(z.minLength(1)), displayName: z.nullish(z.string()), name: z.nullish(z.string()) });

/** One half of the listing that failed while the other was listed: a refused scope, say. */
export interface LibrariesProblem {
  part: 'groups' | 'sites';
  error: unknown;
}

export interface LibrariesListing {
  libraries: Library[];
  problems: LibrariesProblem[];
}

/**
 * Group libraries (the sign-in scopes) and followed sites' libraries (Sites.Read.All, asked for
 * when first used) are read side by side, and one failing does not hide the other: a tenant that
 * refuses Sites.Read.All still lists its groups' libraries, with the refusal said. Only when both
 * fail does the listing fail.
 */
export async function listLibraries(client: GraphClient, signal: AbortSignal): Promise<LibrariesListing> {
  const [membershipsResult, sitesResult] = await Promise.allSettled([
    readAll(client, { path: '/v1.0/me/memberOf?$select=id,displayName,groupTypes', item: membershipSchema, signal }),
    readAll(client, { path: '/v1.0/me/followedSites?$select=id,displayName,name', item: siteSchema, signal, scopes: FEATURE_SCOPES.followedSites }),
  ]);
  if (membershipsResult.status === 'rejected' && sitesResult.status === 'rejected') throw membershipsResult.reason;
  const problems: LibrariesProblem[] = [
    ...(membershipsResult.status === 'rejected' ? [{ part: 'groups' as const, error: membershipsResult.reason as unknown }] : []),
    ...(sitesResult.status === 'rejected' ? [{ part: 'sites' as const, error: sitesResult.reason as unknown }] : []),
  ];
  const memberships = membershipsResult.status === 'fulfilled' ? membershipsResult.value : [];
  const sites = sitesResult.status === 'fulfilled' ? sitesResult.value : [];
  // Only Microsoft 365 groups ("Unified") have a document library; security groups and roles do not.
  const groups = memberships.filter((entry) => entry['@odata.type'] === '#microsoft.graph.group' && entry.groupTypes?.includes('Unified'));
  // In Graph's order; the browser sorts them by name in the user's language.
  const libraries = [
    ...groups.map((group): Library => ({
      kind: 'group',
      id: group.id,
      name: group.displayName ?? group.id,
      drive: `/groups/${encodeURIComponent(group.id)}/drive`,
    })),
    ...sites.map((site): Library => ({
      kind: 'site',
      id: site.id,
      name: site.displayName ?? site.name ?? site.id,
      drive: `/sites/${encodeURIComponent(site.id)}/drive`,
    })),
  ];
  return { libraries, problems };
}

export function useLibraries(enabled: boolean) {
  const client = useGraphClient();
  return useQuery({ queryKey: ['drive-libraries'], enabled, queryFn: ({ signal }) => listLibraries(client, signal) });
}
