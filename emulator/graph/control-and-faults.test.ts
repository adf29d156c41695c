// CORS, the /_emulator control API, and fault injection.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { mintAccessToken } from '../testing/tokens';

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const APP_ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
});
beforeEach(async () => {
  expect((await control('/reset', { method: 'POST' })).status).toBe(204);
});
afterAll(async () => {
  await emulator.close();
});

function control(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${emulator.graphUrl}/_emulator${path}`, init);
}

const addFault = (rule: Record<string, unknown>) => control('/faults', jsonBody(rule));
const inviteAlex = () => asAdele('/v1.0/me/drive/root:/Notes.txt:/invite', jsonBody({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'] }));

async function notesPermissions(): Promise<unknown[]> {
  const response = await control('/users/adele@contoso.test/drive/item?path=/Notes.txt');
  return ((await response.json()) as { permissions: unknown[] }).permissions;
}

describe('CORS', () => {
  it('answers a preflight from the app without authentication', async () => {
    const response = await fetch(`${emulator.graphUrl}/v1.0/me/drive/items/01ABC/invite`, {
      method: 'OPTIONS',
      headers: {
        Origin: APP_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, client-request-id',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, PATCH, PUT, DELETE, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type, client-request-id');
    expect(response.headers.get('access-control-max-age')).toBe('3600');
  });

  it('reflects the origin and exposes the correlation and retry headers on answers, errors included', async () => {
    for (const response of [
      await asAdele('/v1.0/me', { headers: { Origin: APP_ORIGIN } }),
      await fetch(`${emulator.graphUrl}/v1.0/me`, { headers: { Origin: APP_ORIGIN } }),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'request-id, client-request-id, ETag, Location, Retry-After, WWW-Authenticate, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
      );
    }
  });
});

describe('fault injection', () => {
  it('fails the next matching request once, with the given headers, and changes nothing', async () => {
    const created = await addFault({ path: '/invite$', status: 429, headers: { 'Retry-After': '2' } });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ path: '/invite$', status: 429, code: 'activityLimitReached', times: 1 });

    const throttled = await asAdele('/v1.0/me/drive/root:/Notes.txt:/invite', {
      ...jsonBody({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'] }),
      headers: { 'Content-Type': 'application/json', Origin: APP_ORIGIN },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(throttled.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const body = (await throttled.json()) as { error: { code: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('activityLimitReached');
    expect(body.error.innerError['request-id']).toBe(throttled.headers.get('request-id'));
    expect(await notesPermissions()).toEqual([]);

    expect((await inviteAlex()).status).toBe(200);
    expect(await notesPermissions()).toHaveLength(1);
  });

  it('honours times and method, and fires before authentication', async () => {
    await addFault({ method: 'get', path: '^/v1\\.0/me$', status: 503, times: 2 });
    const anonymous = await fetch(`${emulator.graphUrl}/v1.0/me`);
    expect(anonymous.status).toBe(503);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('serviceNotAvailable');
    expect((await asAdele('/v1.0/me/drive')).status).toBe(200);
    expect((await asAdele('/v1.0/me', { method: 'POST' })).status).toBe(405);
    expect((await asAdele('/v1.0/me')).status).toBe(503);
    expect((await asAdele('/v1.0/me')).status).toBe(200);
  });

  it('uses the code and message given, and defaults the code by status', async () => {
    await addFault({ path: 'children', status: 504 });
    await addFault({ path: '/drive$', status: 500, code: 'quotaLimitReached', message: 'Full.' });
    const timeout = (await (await asAdele('/v1.0/me/drive/root/children')).json()) as { error: { code: string } };
    expect(timeout.error.code).toBe('gatewayTimeout');
    const custom = (await (await asAdele('/v1.0/me/drive')).json()) as { error: { code: string; message: string } };
    expect(custom.error).toMatchObject({ code: 'quotaLimitReached', message: 'Full.' });
  });

  it('lists and clears faults, and reset clears them too', async () => {
    await addFault({ path: '/me$', status: 500 });
    expect(await (await control('/faults')).json()).toHaveLength(1);
    expect((await control('/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await asAdele('/v1.0/me')).status).toBe(200);

    await addFault({ path: '/me$', status: 500 });
    await control('/reset', { method: 'POST' });
    expect((await asAdele('/v1.0/me')).status).toBe(200);
  });

  it.each([
    [{ status: 500 }, /path/],
    [{ path: '([', status: 500 }, /regular expression/],
    [{ path: '/me', status: 200 }, /status/],
    [{ path: '/me', status: 500, times: 0 }, /times/],
    [{ path: '/me', status: 429, headers: { 'Retry-After': 2 } }, /headers/],
  ])('rejects the fault rule %j', async (rule, message) => {
    const response = await addFault(rule);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
  });
});

describe('control API', () => {
  it('lists the demo accounts with their password', async () => {
    const accounts = (await (await control('/accounts')).json()) as { id: string; displayName: string; mail: string; password: string }[];
    expect(accounts.length).toBeGreaterThanOrEqual(8);
    expect(accounts[0]).toEqual({
      id: emulator.store.userByEmail('adele@contoso.test')!.id,
      displayName: 'Adele Vance',
      mail: 'adele@contoso.test',
      password: 'Contoso-Demo-2026',
    });
  });

  it('looks up an item by path, the root included', async () => {
    const q3 = (await (await control('/users/adele@contoso.test/drive/item?path=/Reports/Q3%20Report.xlsx')).json()) as {
      driveId: string;
      item: MSGraph.DriveItem;
    };
    const viaGraph = (await (await asAdele('/v1.0/me/drive/root:/Reports/Q3 Report.xlsx')).json()) as MSGraph.DriveItem;
    expect(q3.driveId).toBe(viaGraph.parentReference?.driveId);
    expect(q3.item.id).toBe(viaGraph.id);
    const root = (await (await control('/users/ADELE@contoso.test/drive/item?path=/')).json()) as { item: MSGraph.DriveItem };
    expect(root.item.root).toEqual({});
    expect((await control('/users/adele@contoso.test/drive/item?path=/Nope')).status).toBe(404);
    expect((await control('/users/nobody@contoso.test/drive/item?path=/')).status).toBe(404);
    expect((await control('/users/adele@contoso.test/drive/item')).status).toBe(400);
  });

  it('reset forgets permissions and restarts permission ids', async () => {
    const first = (await (await inviteAlex()).json()) as { value: { id: string }[] };
    expect(await notesPermissions()).toHaveLength(1);
    await control('/reset', { method: 'POST' });
    expect(await notesPermissions()).toEqual([]);
    const again = (await (await inviteAlex()).json()) as { value: { id: string }[] };
    expect(again.value[0]!.id).toBe(first.value[0]!.id);
  });

  it('answers unknown control routes with 404 in Graph shape', async () => {
    const response = await control('/nope');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('itemNotFound');
  });

  it('is absent when EMULATOR_CONTROL=0', async () => {
    const locked = await startTestEmulator({ control: false });
    try {
      const reset = await fetch(`${locked.graphUrl}/_emulator/reset`, { method: 'POST' });
      expect(reset.status).toBe(404);
      expect((await fetch(`${locked.graphUrl}/_emulator/accounts`)).status).toBe(404);
    } finally {
      await locked.close();
    }
  });
});
