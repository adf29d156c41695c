import { useState } from 'react';
import { AuthConsentRequiredError, AuthScopeRefusedError, useAskConsent } from '../lib/auth';

/**
 * A feature's own scopes (incremental consent) could not be had: `consent` (the user may still
 * allow them, from a click) or `refused` (the organization, or the user, said no: the feature is
 * off for this session). Everything signing in granted keeps working either way.
 */
export interface ScopeProblem {
  kind: 'consent' | 'refused';
  /** The scopes, as the sentence names them ("People.Read"). */
  scopes: string;
}

export function scopeProblem(error: unknown): ScopeProblem | undefined {
  if (error instanceof AuthScopeRefusedError) return { kind: 'refused', scopes: error.scopes.join(', ') };
  if (error instanceof AuthConsentRequiredError) return { kind: 'consent', scopes: error.scopes.join(', ') };
  return undefined;
}

export type ScopeConsentState = { kind: 'idle' } | { kind: 'asking' } | { kind: 'failed'; error: unknown };

export interface ScopeConsent {
  state: ScopeConsentState;
  /** Asks the user (a popup, from their click) to allow `error`'s scopes; undefined where no one can be asked. */
  allow: ((error: unknown) => void) | undefined;
}

/**
 * "Allow" for a feature that needs more scopes. After the answer, `afterwards` runs (refetch what
 * failed): allowed, the feature works; refused, it is now refused at once and says it is off. A
 * sign-in window that did not open (a pop-up blocker) stays as `failed` to be shown.
 */
export function useScopeConsent(afterwards: () => void): ScopeConsent {
  const ask = useAskConsent();
  const [state, setState] = useState<ScopeConsentState>({ kind: 'idle' });
  return {
    state,
    allow: ask
      ? (error) => {
          if (!(error instanceof AuthConsentRequiredError)) return;
          setState({ kind: 'asking' });
          ask(error.scopes)
            .then(
              () => setState({ kind: 'idle' }),
              (failure: unknown) => setState(failure instanceof AuthScopeRefusedError ? { kind: 'idle' } : { kind: 'failed', error: failure }),
            )
            .finally(afterwards);
        }
      : undefined,
  };
}
