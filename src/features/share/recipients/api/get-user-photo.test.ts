import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, GraphError } from '../../../../lib/graph';
import { TEST_GRAPH_BASE } from '../../../../testing/render';
import { getUserPhoto } from './get-user-photo';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createGraphClient({ baseUrl: TEST_GRAPH_BASE, getAccessToken: () => Promise.resolve('t'), sleep: () => Promise.resolve() });
const photoUrl = `${TEST_GRAPH_BASE}/v1.0/users/u-1/photo/$value`;

describe('getUserPhoto', () => {
  it('reads the binary photo into a data URL', async () => {
    server.use(http.get(photoUrl, () => new HttpResponse(new Uint8Array([137, 80, 78, 71]), { headers: { 'Content-Type': 'image/png' } })));
    await expect(getUserPhoto(client, 'u-1')).resolves.toBe('data:image/png;base64,iVBORw==');
  });

  it('is null for a user without a photo (404) or an answer that is not an image', async () => {
    server.use(http.get(photoUrl, () => HttpResponse.json({ error: { code: 'ImageNotFound', message: 'none' } }, { status: 404 })));
    await expect(getUserPhoto(client, 'u-1')).resolves.toBeNull();
    server.use(http.get(photoUrl, () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } })));
    await expect(getUserPhoto(client, 'u-1')).resolves.toBeNull();
  });

  it('passes other failures on as typed errors', async () => {
    server.use(http.get(photoUrl, () => HttpResponse.json({ error: { code: 'accessDenied', message: 'no' } }, { status: 403 })));
    await expect(getUserPhoto(client, 'u-1')).rejects.toBeInstanceOf(GraphError);
  });
});
