import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AuthInteractionRequiredError } from '../../../lib/auth';
import { GraphClientProvider, GraphError, type GraphClient, type GraphRequest } from '../../../lib/graph';
import { prefetchResolvedTarget, useResolvedTarget } from './resolve-target';

const TARGET = '/me/drive/root:/Reports/Q3 Report.xlsx:';
const ITEM = { id: 'item-1', name: 'Q3 Report.xlsx', parentReference: { driveId: 'drive-1', driveType: 'business' } };

/** A Graph client that answers the item (or fails it as told) and keeps the paths it was asked. */
function fakeGraph(failure?: Error) {
  const asked: string[] = [];
  const client: GraphClient = {
    request<T>(request: GraphRequest<T>) {
      asked.push(request.path);
      if (failure) return Promise.reject(failure);
      return Promise.resolve({ data: request.schema.parse(ITEM), status: 200, requestId: undefined });
    },
  };
  return { client, asked };
}

function wrapperFor(queryClient: QueryClient, client: GraphClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <GraphClientProvider client={client}>{children}</GraphClientProvider>
      </QueryClientProvider>
    );
  };
}

describe('prefetchResolvedTarget', () => {
  it('asks for the item before anything renders, and the hook answers from that one request', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { client, asked } = fakeGraph();
    prefetchResolvedTarget(queryClient, client, TARGET);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^\/v1\.0\/me\/drive\/root:\/Reports\/Q3%20Report\.xlsx:\?/);

    const { result } = renderHook(() => useResolvedTarget(TARGET), { wrapper: wrapperFor(queryClient, client) });
    await waitFor(() => expect(result.current.data).toMatchObject({ driveId: 'drive-1', itemId: 'item-1', name: 'Q3 Report.xlsx' }));
    expect(asked).toHaveLength(1);
  });

  it('keeps a failed answer for the hook to show, without asking again behind the user', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const notFound = new GraphError({ kind: 'http', status: 404, code: 'itemNotFound', message: 'The resource could not be found.' });
    const { client, asked } = fakeGraph(notFound);
    prefetchResolvedTarget(queryClient, client, TARGET);
    await waitFor(() => expect(queryClient.getQueryState(['drive-target', TARGET])?.status).toBe('error'));

    const { result } = renderHook(() => useResolvedTarget(TARGET), { wrapper: wrapperFor(queryClient, client) });
    expect(result.current.error).toBe(notFound);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toHaveLength(1);
    expect(result.current.fetchStatus).toBe('idle');
  });

  it('forgets an answer that had no token to ask with, so the hook asks again once signed in', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const nobody = fakeGraph(new AuthInteractionRequiredError('You are not signed in.', 'no_account'));
    prefetchResolvedTarget(queryClient, nobody.client, TARGET);
    await waitFor(() => expect(queryClient.getQueryState(['drive-target', TARGET])).toBeUndefined());

    const signedIn = fakeGraph();
    const { result } = renderHook(() => useResolvedTarget(TARGET), { wrapper: wrapperFor(queryClient, signedIn.client) });
    await waitFor(() => expect(result.current.data).toMatchObject({ itemId: 'item-1' }));
    expect(signedIn.asked).toHaveLength(1);
  });
});
