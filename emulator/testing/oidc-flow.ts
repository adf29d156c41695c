// Drives the real sign-in flow without a browser: authorization request with PKCE, the sign-in
// form, the redirect back with a code, and the code-for-token exchange, the same requests MSAL
// and a person make. Cookies are carried by hand, as a browser would for the OP's origin.
import { createHash, randomBytes } from 'node:crypto';
import { CLIENT_ID } from '../identity/constants';

export class CookieJarClient {
  readonly #cookies = new Map<string, string>();

  cookieNames(): string[] {
    return [...this.#cookies.keys()];
  }

  /** One request, no redirect following; Set-Cookie headers update the jar. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) {
      headers.set('Cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired =
        attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) ||
        attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now());
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until a non-redirect answer, or until `stop(location)` says to leave it. */
  async follow(url: string, init: RequestInit = {}, stop: (location: string) => boolean = () => false): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops += 1) {
      const location = response.headers.get('location');
      if (!location || hops > 10) break;
      current = new URL(location, current).toString();
      if (stop(current)) break;
      await response.body?.cancel();
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

export interface AuthorizationStart {
  client: CookieJarClient;
  verifier: string;
  state: string;
  redirectUri: string;
  /** The sign-in page the flow stopped at, and its URL. */
  page: { html: string; url: string; status: number };
}

export interface SignInOptions {
  scopes?: string[];
  redirectUri?: string;
  prompt?: string;
}

export const DEFAULT_REDIRECT_URI = 'http://localhost:5173/redirect.html';

export async function startAuthorization(identityUrl: string, options: SignInOptions = {}): Promise<AuthorizationStart> {
  const client = new CookieJarClient();
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(8).toString('hex');
  const redirectUri = options.redirectUri ?? DEFAULT_REDIRECT_URI;
  const authorize = new URL('/auth', identityUrl);
  authorize.search = new URLSearchParams({
    client_id: CLIENT_ID,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: redirectUri,
    scope: (options.scopes ?? ['openid', 'profile', 'email', 'User.Read']).join(' '),
    state,
    nonce: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(options.prompt ? { prompt: options.prompt } : {}),
  }).toString();
  const { response, url } = await client.follow(authorize.toString());
  return { client, verifier, state, redirectUri, page: { html: await response.text(), url, status: response.status } };
}

/** Posts the sign-in form. Returns the authorization code, or the re-rendered page on failure. */
export async function submitCredentials(
  start: AuthorizationStart,
  email: string,
  password: string,
): Promise<{ code?: string; page?: { html: string; status: number } }> {
  const action = /<form[^>]*action="([^"]+)"/.exec(start.page.html)?.[1];
  if (!action) throw new Error('No sign-in form on the page');
  const { response, url } = await start.client.follow(
    new URL(action.replace(/&amp;/g, '&'), start.page.url).toString(),
    { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email, password }).toString() },
    (location) => location.startsWith(start.redirectUri),
  );
  if (!url.startsWith(start.redirectUri)) return { page: { html: await response.text(), status: response.status } };
  const params = new URL(url).searchParams;
  if (params.get('state') !== start.state) throw new Error('state mismatch');
  const code = params.get('code');
  if (!code) throw new Error(`No code in redirect: ${url}`);
  return { code };
}

export interface TokenResponse {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** The code exchange as MSAL makes it: a cross-origin form POST from the app's origin. */
export async function redeemCode(
  identityUrl: string,
  start: AuthorizationStart,
  code: string,
  origin = new URL(start.redirectUri).origin,
): Promise<{ response: Response; tokens: TokenResponse }> {
  const response = await fetch(new URL('/token', identityUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code,
      redirect_uri: start.redirectUri,
      code_verifier: start.verifier,
    }).toString(),
  });
  return { response, tokens: (await response.json()) as TokenResponse };
}

/** The whole flow for one account; throws if sign-in does not succeed. */
export async function signInHeadless(identityUrl: string, email: string, password: string, options: SignInOptions = {}): Promise<TokenResponse> {
  const start = await startAuthorization(identityUrl, options);
  const { code } = await submitCredentials(start, email, password);
  if (!code) throw new Error(`Sign-in failed for ${email}`);
  const { response, tokens } = await redeemCode(identityUrl, start, code);
  if (!response.ok) throw new Error(`Token request failed: ${JSON.stringify(tokens)}`);
  return tokens;
}
