// The OpenID Provider end to end over HTTP: the sign-in page, the PKCE code flow MSAL runs,
// the tokens it yields (and that Graph accepts), refresh, CORS on /token, and sign-out.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { DEFAULT_REDIRECT_URI, redeemCode, signInHeadless, startAuthorization, submitCredentials } from '../testing/oidc-flow';
import { startTestEmulator } from '../testing/start';
import { CLIENT_ID } from './constants';

const PASSWORD = 'Contoso-Demo-2026';
const APP_SCOPES = ['openid', 'profile', 'email', 'User.Read', 'Files.ReadWrite.All'];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('discovery', () => {
  it('advertises the default oidc-provider routes the app hard-codes', async () => {
    const response = await fetch(`${emulator.identityUrl}/.well-known/openid-configuration`, { headers: { Origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: emulator.identityUrl,
      authorization_endpoint: `${emulator.identityUrl}/auth`,
      token_endpoint: `${emulator.identityUrl}/token`,
      end_session_endpoint: `${emulator.identityUrl}/session/end`,
      jwks_uri: `${emulator.identityUrl}/jwks`,
      userinfo_endpoint: `${emulator.identityUrl}/me`,
      code_challenge_methods_supported: ['S256'],
    });
  });
});

describe('sign-in page', () => {
  it('is an accessible email and password form that names the app', async () => {
    const { page } = await startAuthorization(emulator.identityUrl);
    expect(page.status).toBe(200);
    expect(page.url).toMatch(/\/interaction\/[\w-]+$/);
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('<title>Sign in · Contoso (local emulator)</title>');
    expect(page.html).toMatch(/<h1>Sign in<\/h1>/);
    expect(page.html).toContain('<label for="email">Email</label>');
    expect(page.html).toMatch(/<input id="email" name="email" type="email" autocomplete="username"/);
    expect(page.html).toContain('<label for="password">Password</label>');
    expect(page.html).toMatch(/<input id="password" name="password" type="password" autocomplete="current-password"/);
    expect(page.html).toContain('<button type="submit">Sign in</button>');
    expect(page.html).toContain('Contoso share dialog');
    expect(page.html).not.toMatch(/<link|<script|https?:\/\/(?!localhost)[^"']*\.(css|js)/);
    expect(page.html).not.toContain('role="alert"');
  });

  it('re-renders with an alert, the email kept and escaped, on a wrong password', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    const { code, page } = await submitCredentials(start, 'adele@contoso.test"><b>', 'wrong');
    expect(code).toBeUndefined();
    expect(page?.html).toContain('<p id="login-error" class="error" role="alert">That email or password is incorrect.</p>');
    expect(page?.html).toContain('value="adele@contoso.test&quot;&gt;&lt;b&gt;"');
    expect(page?.html).not.toContain('<b>');
    expect(page?.html).toMatch(/id="email"[^>]*aria-invalid="true" aria-describedby="login-error"/);
    expect(page?.html).toMatch(/id="password"[^>]*aria-invalid="true" aria-describedby="login-error"/);
  });

  it('refuses a known email with the wrong password, then accepts the right one on the same page', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    const failed = await submitCredentials(start, 'adele@contoso.test', 'Contoso-Demo-2025');
    expect(failed.page?.html).toContain('That email or password is incorrect.');
    const succeeded = await submitCredentials(start, 'adele@contoso.test', PASSWORD);
    expect(succeeded.code).toEqual(expect.any(String));
  });

  it('asks for both fields when one is empty', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    const { page } = await submitCredentials(start, 'adele@contoso.test', '');
    expect(page?.html).toContain('Enter your email and password.');
  });
});

describe('authorization code flow with PKCE', () => {
  it('issues Entra-shaped tokens that Graph accepts, with no consent page', async () => {
    const tokens = await signInHeadless(emulator.identityUrl, 'ADELE@contoso.test', PASSWORD, { scopes: [...APP_SCOPES, 'Mail.Read'] });
    const adele = emulator.store.userByEmail('adele@contoso.test')!;

    // Unknown scopes (Mail.Read) are not granted; OIDC scopes are not Graph scopes.
    expect(tokens.scope).toBe('User.Read Files.ReadWrite.All');
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const access = decodeJwt(tokens.access_token);
    expect(access).toMatchObject({
      iss: emulator.identityUrl,
      aud: 'https://graph.microsoft.com',
      sub: adele.id,
      oid: adele.id,
      tid: emulator.store.tenant.id,
      name: 'Adele Vance',
      preferred_username: 'adele@contoso.test',
      scp: 'User.Read Files.ReadWrite.All',
      client_id: CLIENT_ID,
    });
    expect((access.exp ?? 0) - (access.iat ?? 0)).toBe(3600);
    expect(decodeJwt(tokens.id_token)).toMatchObject({
      aud: CLIENT_ID,
      sub: adele.id,
      oid: adele.id,
      tid: emulator.store.tenant.id,
      name: 'Adele Vance',
      preferred_username: 'adele@contoso.test',
      email: 'adele@contoso.test',
    });

    const me = await fetch(`${emulator.graphUrl}/v1.0/me`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: adele.id, userPrincipalName: 'adele@contoso.test' });
  });

  it('rejects a code exchange without the PKCE verifier', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    const { code } = await submitCredentials(start, 'alex@contoso.test', PASSWORD);
    const { response, tokens } = await redeemCode(emulator.identityUrl, { ...start, verifier: 'x'.repeat(43) }, code!);
    expect(response.status).toBe(400);
    expect(tokens).toMatchObject({ error: 'invalid_grant' });
  });

  it('lets the app origins, and only them, call /token cross-origin', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    const { code } = await submitCredentials(start, 'megan@contoso.test', PASSWORD);
    const { response } = await redeemCode(emulator.identityUrl, start, code!, 'http://localhost:5173');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');

    const other = await startAuthorization(emulator.identityUrl);
    const second = await submitCredentials(other, 'megan@contoso.test', PASSWORD);
    const { response: foreign } = await redeemCode(emulator.identityUrl, other, second.code!, 'http://evil.test');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refreshes with the scopes MSAL sends (no offline_access)', async () => {
    const tokens = await signInHeadless(emulator.identityUrl, 'lee@contoso.test', PASSWORD, { scopes: APP_SCOPES });
    const response = await fetch(`${emulator.identityUrl}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost:5173' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: CLIENT_ID,
        refresh_token: tokens.refresh_token!,
        scope: 'User.Read openid profile email',
      }).toString(),
    });
    const refreshed = (await response.json()) as { access_token: string; refresh_token: string };
    expect(response.status).toBe(200);
    expect(decodeJwt(refreshed.access_token)).toMatchObject({ scp: 'User.Read', preferred_username: 'lee@contoso.test' });
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
  });

  it('reuses the session for later requests and adds newly requested scopes without a prompt', async () => {
    const first = await startAuthorization(emulator.identityUrl, { scopes: ['openid', 'profile', 'email', 'User.Read'] });
    await submitCredentials(first, 'nestor@contoso.test', PASSWORD);
    // Same browser (cookie jar), more scopes: straight back to the app with a code.
    const again = await first.client.follow(authorizeUrl({ scope: 'openid profile email User.Read Files.ReadWrite.All', prompt: 'none' }), {}, (location) =>
      location.startsWith(DEFAULT_REDIRECT_URI),
    );
    expect(again.url.startsWith(DEFAULT_REDIRECT_URI)).toBe(true);
    expect(new URL(again.url).searchParams.get('code')).toEqual(expect.any(String));

    // prompt=select_account shows the sign-in page even with a session.
    const select = await first.client.follow(authorizeUrl({ scope: 'openid User.Read', prompt: 'select_account' }));
    expect(await select.response.text()).toContain('<h1>Sign in</h1>');
  });
});

describe('sign-out', () => {
  it('ends the session and returns to the registered post-logout URI', async () => {
    const start = await startAuthorization(emulator.identityUrl);
    await submitCredentials(start, 'patti@contoso.test', PASSWORD);
    const endSession = new URL('/session/end', emulator.identityUrl);
    endSession.search = new URLSearchParams({ client_id: CLIENT_ID, post_logout_redirect_uri: DEFAULT_REDIRECT_URI, state: 'bye' }).toString();
    const logoutPage = await start.client.request(endSession.toString());
    const html = await logoutPage.text();
    expect(logoutPage.status).toBe(200);
    expect(html).toContain('<form id="op.logoutForm"');
    expect(html).toContain('<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>');
    expect(html).toContain('form.submit()');

    // What the page's script submits.
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const confirmed = await start.client.request(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${DEFAULT_REDIRECT_URI}?state=bye`);

    // The OP session is gone: a silent request now needs a login.
    const silent = await start.client.follow(authorizeUrl({ scope: 'openid User.Read', prompt: 'none' }), {}, (l) => l.startsWith(DEFAULT_REDIRECT_URI));
    expect(new URL(silent.url).searchParams.get('error')).toBe('login_required');
  });

  it('says "You are signed out." when there is nowhere to return to', async () => {
    const response = await fetch(`${emulator.identityUrl}/session/end/success`);
    expect(await response.text()).toContain('You are signed out.');
  });
});

function authorizeUrl(params: { scope: string; prompt?: string }): string {
  const url = new URL('/auth', emulator.identityUrl);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: DEFAULT_REDIRECT_URI,
    scope: params.scope,
    state: 'again',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    ...(params.prompt ? { prompt: params.prompt } : {}),
  }).toString();
  return url.toString();
}
