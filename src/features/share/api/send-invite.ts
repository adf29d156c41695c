import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  collectionSchema,
  permissionSchema,
  permissionsQueryKey,
  useGraphClient,
  type DriveItemRef,
  type GrantableRole,
  type GraphClient,
  type Permission,
  type RetryWaitListener,
} from '../../../lib/graph';
import type { FittedOptions } from '../options/item-capabilities';
import type { Recipient } from '../recipients/recipient.types';

/** Everything one invite sends, already fitted to the item (see options/item-capabilities.ts). */
export interface InviteRequest {
  item: DriveItemRef;
  recipients: readonly Recipient[];
  role: GrantableRole;
  requireSignIn: boolean;
  sendInvitation: boolean;
  message: string;
  expirationDateTime?: string | undefined;
  password?: string | undefined;
}

/** What an invite carries besides its item and recipients: the user's choices, fitted to the item(s). */
export function inviteChoices(
  draft: Pick<InviteRequest, 'role' | 'sendInvitation' | 'message'>,
  fitted: Pick<FittedOptions, 'requireSignIn' | 'expirationDateTime' | 'password'>,
): Omit<InviteRequest, 'item' | 'recipients'> {
  return {
    role: draft.role,
    requireSignIn: fitted.requireSignIn,
    sendInvitation: draft.sendInvitation,
    message: draft.message,
    expirationDateTime: fitted.expirationDateTime,
    password: fitted.password,
  };
}

export interface InviteResult {
  /** 200 when every recipient was handled, 207 when some notifications failed. */
  status: number;
  permissions: Permission[];
  /** Graph's request-id for this invite, which support asks for. */
  requestId: string | undefined;
}

const inviteResponseSchema = collectionSchema(permissionSchema);

/** The exact body Graph's invite action takes: nothing more, and `message` only when there is one. */
export function inviteBody(request: Omit<InviteRequest, 'item'>): Record<string, unknown> {
  const message = request.message.trim();
  return {
    recipients: request.recipients.map((recipient) => recipient.driveRecipient),
    roles: [request.role],
    requireSignIn: request.requireSignIn,
    sendInvitation: request.sendInvitation,
    ...(request.sendInvitation && message !== '' ? { message: request.message } : {}),
    ...(request.expirationDateTime ? { expirationDateTime: request.expirationDateTime } : {}),
    ...(request.password ? { password: request.password } : {}),
  };
}

export function invitePath(item: DriveItemRef): string {
  return `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}/invite`;
}

/** How one send is watched: `signal` stops it (or its wait to retry), `onRetryWait` hears each wait. */
export interface InviteControls {
  signal?: AbortSignal | undefined;
  onRetryWait?: RetryWaitListener | undefined;
}

export async function sendInvite(client: GraphClient, request: InviteRequest, signal?: AbortSignal, onRetryWait?: RetryWaitListener): Promise<InviteResult> {
  const response = await client.request({
    method: 'POST',
    path: invitePath(request.item),
    body: inviteBody(request),
    schema: inviteResponseSchema,
    signal,
    onRetryWait,
  });
  return { status: response.status, permissions: response.data.value, requestId: response.requestId };
}

/** Sends an invite and refreshes the item's permission list (Manage access) after it. */
export function useSendInvite(): (request: InviteRequest, controls?: InviteControls) => Promise<InviteResult> {
  const client = useGraphClient();
  const queryClient = useQueryClient();
  return useCallback(
    async (request, controls = {}) => {
      try {
        return await sendInvite(client, request, controls.signal, controls.onRetryWait);
      } finally {
        // Even a failed invite may have granted access to some (the answer can be lost).
        void queryClient.invalidateQueries({ queryKey: permissionsQueryKey(request.item) });
      }
    },
    [client, queryClient],
  );
}
