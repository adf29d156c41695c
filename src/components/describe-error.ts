import { isAuthError, AuthInteractionRequiredError } from '../lib/auth';
import { isGraphError } from '../lib/graph';

export interface ErrorDescription {
  /** A sentence a person can act on. */
  sentence: string;
  /** Graph's (or the sign-in service's) code, for support. */
  code: string | undefined;
  requestId: string | undefined;
  /** True when signing in again is the way out. */
  needsSignIn: boolean;
}

function graphSentence(status: number, code: string, retryAfter: number | undefined): string {
  if (status === 401) return 'Your sign-in has expired. Sign in again, then try once more.';
  if (status === 403 || code === 'accessDenied') {
    return "You don't have permission to do this with this item. Ask its owner to share it with you, or to give you edit access.";
  }
  if (status === 404 || code === 'itemNotFound') {
    return 'The item, or one of the people you named, could not be found. It may have been moved, deleted or renamed.';
  }
  if (status === 429 || status === 503 || code === 'activityLimitReached' || code === 'serviceNotAvailable') {
    const wait = retryAfter !== undefined ? ` Wait about ${Math.max(1, Math.ceil(retryAfter))} seconds,` : ' Wait a moment,';
    return `Microsoft 365 is busy right now.${wait} then try again. Nothing you typed is lost.`;
  }
  if (status === 400 || code === 'invalidRequest') {
    return 'Microsoft 365 refused the request as invalid. Check the addresses and options, then try again.';
  }
  if (status === 504) return 'Microsoft 365 took too long to answer. Try again; if it keeps happening, try later.';
  return 'Something went wrong at Microsoft 365. Try again in a moment; if it keeps failing, give your administrator the details below.';
}

export function describeError(error: unknown): ErrorDescription {
  if (isGraphError(error)) {
    if (error.kind === 'network') {
      return {
        sentence: 'Microsoft 365 could not be reached. Check your connection, then try again.',
        code: error.code,
        requestId: error.clientRequestId,
        needsSignIn: false,
      };
    }
    if (error.kind === 'invalid-response') {
      return {
        sentence: 'Microsoft 365 sent an answer this page could not read. Try again; if it keeps happening, tell your administrator.',
        code: error.code,
        requestId: error.requestId,
        needsSignIn: false,
      };
    }
    return {
      sentence: graphSentence(error.status, error.code, error.retryAfterSeconds),
      code: error.code,
      requestId: error.requestId,
      needsSignIn: error.status === 401,
    };
  }
  if (isAuthError(error)) {
    return {
      sentence: error.message,
      code: error.code,
      requestId: undefined,
      needsSignIn: error instanceof AuthInteractionRequiredError,
    };
  }
  return {
    sentence: 'Something unexpected went wrong. Try again; if it keeps happening, reload the page.',
    code: undefined,
    requestId: undefined,
    needsSignIn: false,
  };
}
