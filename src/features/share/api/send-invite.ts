import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  collectionSchema,
  permissionSchema,
  permissionsQueryKey,
  useGraphClient,
  type DriveItemRef,
  type GraphClient,
  type Permission,
} from '../../../lib/graph';
import type { DriveRecipient } from '../recipients/recipient.types';

export type ShareRole = 'read' | 'write';

/** Parameters Graph accepts only for some items (see options/item-capabilities.ts). */
export interface InviteExtras {
  expirationDateTime?: string;
  password?: string;
  /** Overrides the user's choice where Graph accepts only one value (folders need sign-in). */
  requireSignIn?: boolean;
}

export interface InviteRequest {
  item: DriveItemRef;
  /** `{ objectId }` for directory picks, `{ email }` for typed addresses. */
  recipients: readonly DriveRecipient[];
  role: ShareRole;
  requireSignIn: boolean;
  sendInvitation: boolean;
  message: string;
  extras?: InviteExtras | undefined;
}

export interface InviteResult {
  /** 200 when every recipient was handled, 207 when some notifications failed. */
  status: number;
  permissions: Permission[];
}

const inviteResponseSchema = collectionSchema(permissionSchema);

/** The exact body Graph's invite action takes: nothing more, and `message` only when there is one. */
export function inviteBody(request: Omit<InviteRequest, 'item'>): Record<string, unknown> {
  const message = request.message.trim();
  return {
    recipients: request.recipients.map((recipient) => ('objectId' in recipient ? { objectId: recipient.objectId } : { email: recipient.email })),
    roles: [request.role],
    requireSignIn: request.extras?.requireSignIn ?? request.requireSignIn,
    sendInvitation: request.sendInvitation,
    ...(request.sendInvitation && message !== '' ? { message: request.message } : {}),
    ...(request.extras?.expirationDateTime ? { expirationDateTime: request.extras.expirationDateTime } : {}),
    ...(request.extras?.password ? { password: request.extras.password } : {}),
  };
}

export function invitePath(item: DriveItemRef): string {
  return `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}/invite`;
}

export async function sendInvite(client: GraphClient, request: InviteRequest): Promise<InviteResult> {
  const response = await client.request({
    method: 'POST',
    path: invitePath(request.item),
    body: inviteBody(request),
    schema: inviteResponseSchema,
  });
  return { status: response.status, permissions: response.data.value };
}

export function useSendInvite() {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: InviteRequest) => sendInvite(client, request),
    onSuccess: (_result, request) => queryClient.invalidateQueries({ queryKey: permissionsQueryKey(request.item) }),
  });
}
