import type { LocalizedText } from '../i18n';
import {
  isAuthError,
  AuthConsentRequiredError,
  AuthInteractionRequiredError,
  AuthPopupBlockedError,
  AuthScopeRefusedError,
  type AuthError,
  type InteractiveRequest,
} from '../lib/auth';
import { isGraphError } from '../lib/graph';

export interface ErrorDescription {
  /** A sentence a person can act on, in their language once formatted. */
  sentence: LocalizedText;
  /** Graph's (or the sign-in service's) code, for support. */
  code: string | undefined;
  requestId: string | undefined;
  /** True when signing in again is the way out. */
  needsSignIn: boolean;
  /** The browser blocked the sign-in window: try again, or sign in in this window (a redirect). */
  popupBlocked: boolean;
}

function graphSentence(status: number, code: string, retryAfter: number | undefined): LocalizedText {
  if (status === 401) return { id: 'common.error.signInExpired' };
  if (status === 403 || code === 'accessDenied') return { id: 'common.error.accessDenied' };
  if (status === 404 || code === 'itemNotFound') return { id: 'common.error.notFound' };
  if (status === 429 || status === 503 || code === 'activityLimitReached' || code === 'serviceNotAvailable') {
    return retryAfter !== undefined ? { id: 'common.error.busyWait', values: { seconds: Math.max(1, Math.ceil(retryAfter)) } } : { id: 'common.error.busy' };
  }
  // A conflict or a failed precondition: something changed elsewhere; Graph carried out nothing.
  if (status === 409) return { id: 'common.error.conflict' };
  if (status === 412 || code === 'resourceModified') return { id: 'common.error.changedMeanwhile' };
  if (status === 400 || code === 'invalidRequest') return { id: 'common.error.invalidRequest' };
  if (status === 504) return { id: 'common.error.timeout' };
  return { id: 'common.error.graphFailed' };
}

/**
 * src/lib/auth may not depend on the catalogs, so its errors carry English for the logs only; the
 * sentence shown is chosen here from the error's class and the sign-in service's code.
 */
function authSentence(error: AuthError): LocalizedText {
  if (error instanceof AuthConsentRequiredError) return { id: 'common.error.consentRequired', values: { scopes: error.scopes.join(', ') } };
  if (error instanceof AuthScopeRefusedError) return { id: 'common.error.scopeRefused', values: { scopes: error.scopes.join(', ') } };
  if (error instanceof AuthPopupBlockedError) return { id: 'common.error.popupBlocked' };
  if (error instanceof AuthInteractionRequiredError) {
    return { id: error.code === 'no_account' ? 'common.error.notSignedIn' : 'common.error.authExpired' };
  }
  if (error.code === 'no_network_connectivity' || error.code === 'endpoints_resolution_error') return { id: 'common.error.authUnreachable' };
  if (error.code === 'user_cancelled') return { id: 'common.error.authCancelled' };
  return { id: 'common.error.authFailed' };
}

export function describeError(error: unknown): ErrorDescription {
  if (isGraphError(error)) {
    if (error.kind === 'network') {
      return { sentence: { id: 'common.error.network' }, code: error.code, requestId: error.clientRequestId, needsSignIn: false, popupBlocked: false };
    }
    if (error.kind === 'timeout') {
      return {
        sentence: { id: 'common.error.timeout' },
        code: error.code,
        requestId: error.requestId ?? error.clientRequestId,
        needsSignIn: false,
        popupBlocked: false,
      };
    }
    if (error.kind === 'claims-challenge') {
      return { sentence: { id: 'common.error.claimsChallenge' }, code: error.code, requestId: error.requestId, needsSignIn: true, popupBlocked: false };
    }
    if (error.kind === 'invalid-response') {
      return { sentence: { id: 'common.error.invalidResponse' }, code: error.code, requestId: error.requestId, needsSignIn: false, popupBlocked: false };
    }
    return {
      sentence: graphSentence(error.status, error.code, error.retryAfterSeconds),
      code: error.code,
      requestId: error.requestId,
      needsSignIn: error.status === 401,
      popupBlocked: false,
    };
  }
  if (isAuthError(error)) {
    return {
      sentence: authSentence(error),
      code: error.code,
      requestId: undefined,
      needsSignIn: error instanceof AuthInteractionRequiredError,
      popupBlocked: error instanceof AuthPopupBlockedError,
    };
  }
  return { sentence: { id: 'common.error.unexpected' }, code: undefined, requestId: undefined, needsSignIn: false, popupBlocked: false };
}

/**
 * What signing in again must ask for to get past `error`: the claims of a claims challenge, the
 * scopes still to be consented to, or just a fresh sign-in (an expired session, a refused token).
 */
export function signInRequestFor(error: unknown): InteractiveRequest {
  if (isGraphError(error) && error.kind === 'claims-challenge' && error.claims !== undefined) return { claims: error.claims };
  if (error instanceof AuthConsentRequiredError) return { scopes: error.scopes };
  return {};
}
