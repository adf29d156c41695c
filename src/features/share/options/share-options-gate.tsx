import { DialogContent, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ErrorMessage } from '../../../components/error-message';
import type { ShareOptionsState } from './use-share-options';

/** What the dialog shows instead of the form until it knows the item can be shared, or why not. */
export function ShareOptionsGate({ options, onSignIn }: { options: ShareOptionsState; onSignIn?: (() => void) | undefined }) {
  const shareable = options.capabilities?.shareable;
  return (
    <DialogContent>
      {options.status === 'loading' ? (
        <Spinner label="Checking how this item can be shared…" />
      ) : options.status === 'failed' ? (
        <ErrorMessage error={options.error} title="This item could not be read" onRetry={options.retry} onSignIn={onSignIn} />
      ) : shareable?.available === false ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This item can’t be shared</MessageBarTitle>
            {shareable.reason}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </DialogContent>
  );
}
