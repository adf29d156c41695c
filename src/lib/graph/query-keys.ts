import type { DriveItemRef } from './schemas';

/**
 * Query keys that more than one feature reads or invalidates. They live here because features
 * never import each other: the share dialog invalidates the permissions list after an invite,
 * and the access panel owns the query that lists them.
 */
export const permissionsQueryKey = (item: Pick<DriveItemRef, 'driveId' | 'itemId'>) => ['drives', item.driveId, 'items', item.itemId, 'permissions'] as const;
