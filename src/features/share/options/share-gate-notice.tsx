import { DialogContent, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../../components/error-message';
import { formatText } from '../../../components/display-text';
import type { ShareGate } from '../share-dialog.types';
import type { SignInAgain } from '../use-sign-in-again';

/** What the dialog shows instead of the form until it knows the item can be shared, or why not. */
export function ShareGateNotice({ gate, onRetry, signInAgain }: { gate: ShareGate; onRetry: () => void; signInAgain: SignInAgain }) {
  const intl = useIntl();
  return (
    <DialogContent>
      {gate.kind === 'loading' ? (
        <Spinner label={intl.formatMessage({ id: 'share.options.checking' })} />
      ) : gate.kind === 'failed' ? (
        <ErrorMessage
          title={intl.formatMessage({ id: 'share.options.readFailed' })}
          onRetry={onRetry}
          {...signInAgain.messageFor(gate.error, onRetry, 'reopen')}
        />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <FormattedMessage id="share.options.cannotShare" />
            </MessageBarTitle>
            {formatText(intl, gate.reason)}
          </MessageBarBody>
        </MessageBar>
      )}
    </DialogContent>
  );
}
