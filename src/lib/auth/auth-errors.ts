/**
 * Auth failures as typed values. Callers branch on the class, never on MSAL's message text
 * (which in MSAL v5 is only a link); the MSAL error stays available as `cause`.
 */
export class AuthInteractionRequiredError extends Error {
  override readonly name = 'AuthInteractionRequiredError';
  constructor(
    message = 'Your sign-in has expired. Sign in again to continue.',
    readonly code: string = 'interaction_required',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class AuthUnavailableError extends Error {
  override readonly name = 'AuthUnavailableError';
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
