import { describe, expect, it, vi } from 'vitest';
import { AuthInteractionRequiredError, AuthUnavailableError } from './auth-errors';
import { createHostAuthClient } from './host-auth-client';

const encode = (value: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const jwt = (claims: object) => `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;

describe('createHostAuthClient', () => {
  it('asks the portal once for concurrent calls and reuses the token until it nearly expires', async () => {
    let now = 1_000;
    const token = jwt({ name: 'Adele Vance', preferred_username: 'adele@contoso.test' });
    const requestToken = vi.fn(() => Promise.resolve({ accessToken: token, expiresOn: 1_000 + 3_600 }));
    const client = createHostAuthClient({ scopes: ['Files.ReadWrite.All'], requestToken, now: () => now });
    const listener = vi.fn();
    client.subscribe(listener);

    expect(await Promise.all([client.getAccessToken(), client.getAccessToken()])).toEqual([token, token]);
    expect(requestToken).toHaveBeenCalledTimes(1);
    expect(requestToken).toHaveBeenCalledWith(['Files.ReadWrite.All'], { forceRefresh: false });
    expect(client.getUser()).toEqual({ name: 'Adele Vance', username: 'adele@contoso.test' });
    expect(listener).toHaveBeenCalledTimes(1);

    now += 3_600 - 30; // within the margin: ask again
    await client.getAccessToken();
    expect(requestToken).toHaveBeenCalledTimes(2);
  });

  it('turns a refusal into a typed auth error, keeping the code', async () => {
    const refuse = (code: string) => () => Promise.reject(Object.assign(new Error('No'), { code }));
    await expect(createHostAuthClient({ scopes: ['User.Read'], requestToken: refuse('unableToObtainToken') }).getAccessToken()).rejects.toEqual(
      expect.objectContaining({ constructor: AuthUnavailableError, code: 'unableToObtainToken' }),
    );
    await expect(createHostAuthClient({ scopes: ['User.Read'], requestToken: refuse('login_required') }).getAccessToken()).rejects.toBeInstanceOf(
      AuthInteractionRequiredError,
    );
  });

  it('shows nobody for a token it cannot read, and still uses it', async () => {
    const client = createHostAuthClient({ scopes: ['User.Read'], requestToken: () => Promise.resolve({ accessToken: 'opaque.token.value' }) });
    expect(await client.getAccessToken()).toBe('opaque.token.value');
    expect(client.getUser()).toBeNull();
  });

  it("asks again, saying so, when Graph refused the token; and asks for a feature's scopes on top of sign-in's", async () => {
    const requestToken = vi.fn((scopes: readonly string[], options?: { forceRefresh: boolean }) =>
      Promise.resolve({ accessToken: `${scopes.join('+')}${options?.forceRefresh ? '!' : ''}` }),
    );
    const client = createHostAuthClient({ scopes: ['Files.ReadWrite.All'], requestToken });
    expect(await client.getAccessToken()).toBe('Files.ReadWrite.All');
    expect(await client.getAccessToken({ forceRefresh: true })).toBe('Files.ReadWrite.All!');
    expect(requestToken).toHaveBeenLastCalledWith(['Files.ReadWrite.All'], { forceRefresh: true });
    expect(await client.getAccessToken()).toBe('Files.ReadWrite.All!');
    expect(await client.getAccessToken({ scopes: ['People.Read'] })).toBe('Files.ReadWrite.All+People.Read');
    expect(requestToken).toHaveBeenCalledTimes(3);
  });

  it('shows names in any script as the token spells them', async () => {
    for (const [name, username] of [
      ['Jörg Müller', 'joerg@contoso.test'],
      ['فاطمة الزهراء', 'fatima@contoso.test'],
    ] as const) {
      const requestToken = () => Promise.resolve({ accessToken: jwt({ name, preferred_username: username }), expiresOn: Date.now() / 1000 + 3_600 });
      const client = createHostAuthClient({ scopes: ['User.Read'], requestToken });
      await client.getAccessToken();
      expect(client.getUser()).toEqual({ name, username });
    }
  });
});
