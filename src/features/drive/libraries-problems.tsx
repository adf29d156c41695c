import type { InteractiveRequest } from '../../lib/auth';
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import { scopeProblem, useScopeConsent } from '../../components/scope-problem';
import type { LibrariesProblem } from './api/list-libraries';

/**
 * What the libraries overview could not list, above what it could: the followed sites' part off
 * for want of Sites.Read.All (with "Allow" while the user may still consent), or any other failure
 * of one part, with Try again.
 */
export function LibrariesProblems({
  problems,
  onRetry,
  onSignIn,
}: {
  problems: readonly LibrariesProblem[];
  onRetry: () => void;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
}) {
  const intl = useIntl();
  const consent = useScopeConsent(onRetry);
  return problems.map(({ part, error }) => {
    const problem = scopeProblem(error);
    if (!problem || part !== 'sites') {
      return <ErrorMessage key={part} error={error} title={intl.formatMessage({ id: 'drive.libraries.partFailed' })} onRetry={onRetry} onSignIn={onSignIn} />;
    }
    if (consent.state.kind === 'failed') {
      return <ErrorMessage key={part} error={consent.state.error} title={intl.formatMessage({ id: 'drive.libraries.partFailed' })} onRetry={onRetry} />;
    }
    return (
      <MessageBar key={part} intent={problem.kind === 'refused' ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          <FormattedMessage id={problem.kind === 'refused' ? 'drive.libraries.sitesOff' : 'drive.libraries.sitesAsk'} values={{ scopes: problem.scopes }} />
          {problem.kind === 'consent' && consent.allow ? (
            <>
              {' '}
              <Link as="button" inline disabled={consent.state.kind === 'asking'} onClick={() => consent.allow?.(error)}>
                <FormattedMessage id="common.consent.allow" />
              </Link>
            </>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    );
  });
}
