/**
 * Auth failures as typed values. Callers branch on the class, never on MSAL's message text
 * (which in MSAL v5 is only a link); the MSAL error stays available as `cause`.
 */
export class AuthInteractionRequiredError extends Error {
  override readonly name: string = 'AuthInteractionRequiredError';
  constructor(
    message = 'Your sign-in has expired. Sign in again to continue.',
    readonly code: string = 'interaction_required',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class AuthUnavailableError extends Error {
  override readonly name: string = 'AuthUnavailableError';
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type AuthError = AuthInteractionRequiredError | AuthUnavailableError;

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthInteractionRequiredError || error instanceof AuthUnavailableError;
}

/**
 * A feature's extra scopes (incremental consent) cannot be had silently: the user has to allow
 * them, from a click, with `signIn({ scopes })`. Everything signing in granted still works.
 */
export class AuthConsentRequiredError extends AuthInteractionRequiredError {
  override readonly name = 'AuthConsentRequiredError';
  constructor(
    readonly scopes: readonly string[],
    code = 'consent_required',
    options?: { cause?: unknown },
  ) {
    super(`Access to ${scopes.join(', ')} has not been granted yet.`, code, options);
  }
}

/**
 * The tenant (or the user) refused these scopes: the feature that needs them is off for this
 * session; nothing else is affected. `scopes` names them for the sentence shown.
 */
export class AuthScopeRefusedError extends AuthUnavailableError {
  override readonly name = 'AuthScopeRefusedError';
  constructor(
    readonly scopes: readonly string[],
    code = 'consent_refused',
    options?: { cause?: unknown },
  ) {
    super(`Access to ${scopes.join(', ')} was refused.`, code, options);
  }
}

/**
 * The browser did not open the sign-in window (a pop-up blocker; MSAL's `popup_window_error` /
 * `empty_window_error`). Nothing was asked of the provider: trying again from another click may
 * work, and a standalone page can sign in in its own window (a redirect) instead.
 */
export class AuthPopupBlockedError extends AuthUnavailableError {
  override readonly name = 'AuthPopupBlockedError';
  constructor(code = 'popup_window_error', options?: { cause?: unknown }) {
    super('The browser blocked the sign-in window.', code, options);
  }
}

/** What a caller may ask of any token source (MSAL or the portal). */
export interface TokenRequest {
  /** Scopes beyond those of sign-in, for the feature making the call. */
  scopes?: readonly string[] | undefined;
  /** Skip cached tokens: Graph refused the last one. */
  forceRefresh?: boolean | undefined;
}

/** What an interactive sign-in may ask for beyond the sign-in scopes. */
export interface InteractiveRequest {
  /** Extra scopes to consent to (incremental consent). */
  scopes?: readonly string[] | undefined;
  /** The decoded claims JSON of a Graph claims challenge (GraphError kind `claims-challenge`). */
  claims?: string | undefined;
  /**
   * How a standalone page asks: `redirect` (the default: leaves the page, which comes back after
   * a reload) or `popup` (the page and everything in memory stay). Inside a portal's frame it is
   * always a popup, since a frame cannot be redirected to the provider.
   */
  interaction?: 'popup' | 'redirect' | undefined;
}
