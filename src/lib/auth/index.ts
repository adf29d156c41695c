export { BLANK_PAGE, createAuthClient, msalConfiguration, toAuthError } from './auth-client';
export type { AuthClient, AuthErrorContext, AuthMode, MsalAuthClient } from './auth-client';
export {
  AuthConsentRequiredError,
  AuthInteractionRequiredError,
  AuthPopupBlockedError,
  AuthScopeRefusedError,
  AuthUnavailableError,
  isAuthError,
} from './auth-errors';
export type { AuthError, InteractiveRequest, TokenRequest } from './auth-errors';
export { AuthProvider, useAskConsent, useAuth, useAuthClient } from './auth-provider';
export type { AuthState } from './auth-provider';
export type { SignedInUser } from './auth-types';
export { createHostAuthClient } from './host-auth-client';
export type { HostAuthClient, HostAuthOptions, SuppliedToken } from './host-auth-client';
