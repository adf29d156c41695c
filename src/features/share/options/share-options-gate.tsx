import { DialogContent, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../../components/error-message';
import { formatText } from '../../../components/display-text';
import type { ShareOptionsState } from './use-share-options';

/** What the dialog shows instead of the form until it knows the item can be shared, or why not. */
export function ShareOptionsGate({ options, onSignIn }: { options: ShareOptionsState; onSignIn?: (() => void) | undefined }) {
  const intl = useIntl();
  const shareable = options.capabilities?.shareable;
  return (
    <DialogContent>
      {options.status === 'loading' ? (
        <Spinner label={intl.formatMessage({ id: 'share.options.checking' })} />
      ) : options.status === 'failed' ? (
        <ErrorMessage error={options.error} title={intl.formatMessage({ id: 'share.options.readFailed' })} onRetry={options.retry} onSignIn={onSignIn} />
      ) : shareable?.available === false ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <FormattedMessage id="share.options.cannotShare" />
            </MessageBarTitle>
            {formatText(intl, shareable.reason)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </DialogContent>
  );
}
