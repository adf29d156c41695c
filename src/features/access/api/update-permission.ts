import { useMutation, useQueryClient } from '@tanstack/react-query';
import { permissionSchema, useGraphClient, type DriveItemRef, type GrantableRole, type GraphClient, type Permission } from '../../../lib/graph';
import { itemPath, listPermissionsQueryKey } from './list-permissions';

export interface UpdateRolesRequest {
  permissionId: string;
  role: GrantableRole;
  /** The eTag the list was read with; a newer one on the server answers 412. */
  eTag: string | undefined;
}

export function permissionPath(item: DriveItemRef, permissionId: string): string {
  return `${itemPath(item)}/permissions/${encodeURIComponent(permissionId)}`;
}

export function ifMatch(eTag: string | undefined): Record<string, string> {
  return eTag ? { 'if-match': eTag } : {};
}

/** PATCH …/permissions/{id} with `roles` only: the one property Graph lets us change on a user permission. */
export async function updatePermissionRoles(client: GraphClient, item: DriveItemRef, request: UpdateRolesRequest): Promise<Permission> {
  const response = await client.request({
    method: 'PATCH',
    path: permissionPath(item, request.permissionId),
    body: { roles: [request.role] },
    headers: ifMatch(request.eTag),
    schema: permissionSchema,
  });
  return response.data;
}

export function useUpdatePermissionRoles(item: DriveItemRef) {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateRolesRequest) => updatePermissionRoles(client, item, request),
    // Also after a failure: a 412 means the list we show is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: listPermissionsQueryKey(item) }),
  });
}
