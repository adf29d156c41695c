import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useGraphClient, type DriveItemRef, type GraphClient } from '../../../lib/graph';
import { listPermissionsQueryKey } from './list-permissions';
import { ifMatch, permissionPath } from './update-permission';

export interface DeletePermissionRequest {
  permissionId: string;
  eTag: string | undefined;
}

/** DELETE …/permissions/{id}: 204 with no body. */
export async function deletePermission(client: GraphClient, item: DriveItemRef, request: DeletePermissionRequest): Promise<void> {
  await client.request({
    method: 'DELETE',
    path: permissionPath(item, request.permissionId),
    headers: ifMatch(request.eTag),
    schema: z.unknown(),
  });
}

export function useDeletePermission(item: DriveItemRef) {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DeletePermissionRequest) => deletePermission(client, item, request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: listPermissionsQueryKey(item) }),
  });
}
