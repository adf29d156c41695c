export { BLANK_PAGE, createAuthClient, msalConfiguration, toAuthError } from './auth-client';
export type { AuthClient, AuthMode, MsalAuthClient } from './auth-client';
export { AuthInteractionRequiredError, AuthUnavailableError, isAuthError } from './auth-errors';
export type { AuthError } from './auth-errors';
export { AuthProvider, useAuth, useAuthClient } from './auth-provider';
export type { AuthState, SignedInUser } from './auth-provider';
export { createHostAuthClient } from './host-auth-client';
export type { HostAuthClient, HostAuthOptions, SuppliedToken } from './host-auth-client';
