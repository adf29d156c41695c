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
}
