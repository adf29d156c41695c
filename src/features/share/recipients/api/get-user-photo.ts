import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { isGraphError, useGraphClient, type GraphClient } from '../../../../lib/graph';

const photoSchema = z.instanceof(Blob);

export function photoPath(userId: string): string {
  return `/v1.0/users/${encodeURIComponent(userId)}/photo/$value`;
}

/** A data URL of the user's photo, or null when they have none (Graph answers 404). */
export async function getUserPhoto(client: GraphClient, userId: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const response = await client.request({ method: 'GET', path: photoPath(userId), schema: photoSchema, responseType: 'blob', signal });
    if (!response.data.type.startsWith('image/')) return null;
    return await readAsDataUrl(response.data);
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return null;
    throw error;
  }
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('Photo could not be read.')));
    reader.onerror = () => reject(reader.error ?? new Error('Photo could not be read.'));
    reader.readAsDataURL(blob);
  });
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
