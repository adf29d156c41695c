// A per-provider in-memory store for oidc-provider. The built-in one is shared by every Provider
// in the process and logs a warning; this one is private to one emulator instance, so tests that
// start several emulators cannot see each other's sessions.
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  value: unknown;
  expiresAt: number | undefined;
}

// Models whose records are revoked together when their grant is revoked.
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

export function createMemoryAdapterFactory(): AdapterFactory {
  const storage = new Map<string, Entry>();

  const read = <T>(key: string): T | undefined => {
    const entry = storage.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      storage.delete(key);
      return undefined;
    }
    return entry.value as T;
  };
  const write = (key: string, value: unknown, expiresIn?: number) => {
    storage.set(key, { value, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
  };

  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    const find = (id: string | undefined) => Promise.resolve(id ? read<AdapterPayload>(key(id)) : undefined);
    // The interface is asynchronous for real databases; a Map answers at once.
    return {
      upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
        if (model === 'Session' && payload.uid) write(`sessionUid:${payload.uid}`, id, expiresIn);
        if (GRANTABLE.has(model) && payload.grantId) {
          const grantKey = `grant:${payload.grantId}`;
          write(grantKey, [...(read<string[]>(grantKey) ?? []), key(id)]);
        }
        if (payload.userCode) write(`userCode:${payload.userCode}`, id, expiresIn);
        write(key(id), payload, expiresIn);
        return Promise.resolve();
      },
      find,
      findByUid: (uid: string) => find(read<string>(`sessionUid:${uid}`)),
      findByUserCode: (userCode: string) => find(read<string>(`userCode:${userCode}`)),
      consume(id: string) {
        const payload = read<AdapterPayload>(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id: string) {
        storage.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId: string) {
        const grantKey = `grant:${grantId}`;
        for (const tokenKey of read<string[]>(grantKey) ?? []) storage.delete(tokenKey);
        storage.delete(grantKey);
        return Promise.resolve();
      },
    };
  };
}
