import type { InteractiveRequest } from '../lib/auth';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../components/error-message';
import { isTargetError } from '../features/drive';
import type { useDeepLink } from './use-deep-link';

/** Progress or failure of opening a deep link; on failure the user can browse instead. */
export function DeepLinkNotice({ link, onSignIn }: { link: ReturnType<typeof useDeepLink>; onSignIn: (request: InteractiveRequest) => void }) {
  const intl = useIntl();
  if (link.status === 'pending') return <Spinner label={intl.formatMessage({ id: 'drive.deepLink.opening' })} />;
  if (link.status !== 'error') return null;
  if (isTargetError(link.error)) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            <FormattedMessage id="drive.deepLink.notAnItem" />
          </MessageBarTitle>
          <FormattedMessage id={link.error.reason.id} values={link.error.reason.values} /> <FormattedMessage id="drive.deepLink.findBelow" />
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={link.dismiss}>
            <FormattedMessage id="drive.deepLink.browse" />
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div>
      <ErrorMessage error={link.error} title={intl.formatMessage({ id: 'drive.deepLink.failed' })} onRetry={link.retry} onSignIn={onSignIn} />
      <Button appearance="primary" onClick={link.dismiss}>
        <FormattedMessage id="drive.deepLink.browse" />
      </Button>
    </div>
  );
}
