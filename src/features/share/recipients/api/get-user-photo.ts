import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { FEATURE_SCOPES } from '../../../../config/settings';
import { isGraphError, useGraphClient, type GraphClient } from '../../../../lib/graph';

// Structural, not instanceof: a Blob from another realm (a test runner's fetch) is still a Blob.
const photoSchema = z.custom<Blob>(
  (value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as Blob).arrayBuffer === 'function' && typeof (value as Blob).type === 'string',
  'expected an image',
);

export function photoPath(userId: string): string {
  return `/v1.0/users/${encodeURIComponent(userId)}/photo/$value`;
}

/** A data URL of the user's photo, or null when they have none (Graph answers 404). */
export async function getUserPhoto(client: GraphClient, userId: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const response = await client.request({
      method: 'GET',
      path: photoPath(userId),
      schema: photoSchema,
      responseType: 'blob',
      signal,
      scopes: FEATURE_SCOPES.directoryUsers,
    });
    if (!response.data.type.startsWith('image/')) return null;
    return await readAsDataUrl(response.data);
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return null;
    throw error;
  }
}

async function readAsDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and those are limited.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}

export const userPhotoQueryKey = (userId: string) => ['users', userId, 'photo'] as const;

/** Photos change rarely; a failed load only means initials are shown instead. */
export function useUserPhoto(userId: string | undefined) {
  const client = useGraphClient();
  return useQuery({
    queryKey: userPhotoQueryKey(userId ?? ''),
    queryFn: ({ signal }) => getUserPhoto(client, userId ?? '', signal),
    enabled: userId !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
    throwOnError: false,
  });
}
