import { sessionStore } from '../lib/storage';
import { lazy, Suspense, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Settings } from '../config/settings';
import { forgetSession, noteSigningIn } from './session-hint';
import { usePageFrameStyles } from './page-frame.styles';
import { Welcome } from './welcome';

// Only shown when sign-in fails to start; its error descriptions need not load with the page.
const ErrorMessage = lazy(() => import('../components/error-message').then((module) => ({ default: module.ErrorMessage })));

export interface SignedOutPageProps {
  settings: Settings;
}

/**
 * The standalone page for a tab with no sign-in: painted without MSAL, which loads only when
 * Sign in is pressed (redirect sign-in needs no user activation, so the wait costs nothing else).
 */
export function SignedOutPage({ settings }: SignedOutPageProps) {
  const styles = usePageFrameStyles();
  const intl = useIntl();
  const [state, setState] = useState<{ status: 'idle' } | { status: 'starting' } | { status: 'failed'; error: unknown }>({ status: 'idle' });

  const signIn = () => {
    setState({ status: 'starting' });
    noteSigningIn(sessionStore());
    import('../lib/auth')
      .then(async ({ createAuthClient }) => {
        const { client } = await createAuthClient(settings.auth);
        // Leaves the page for the provider's sign-in page.
        await client.signIn();
      })
      .catch((error: unknown) => {
        forgetSession(sessionStore());
        setState({ status: 'failed', error });
      });
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.brand}>
          <FormattedMessage id="common.appTitle" />
        </h1>
      </header>
      <main className={styles.main}>
        {state.status === 'failed' ? (
          <Suspense fallback={null}>
            <ErrorMessage error={state.error} title={intl.formatMessage({ id: 'common.signInProblem' })} />
          </Suspense>
        ) : null}
        <Welcome onSignIn={signIn} busy={state.status === 'starting'} />
      </main>
    </div>
  );
}
