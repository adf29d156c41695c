import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ErrorMessage } from '../components/error-message';
import { isTargetError } from '../features/drive';
import type { useDeepLink } from './use-deep-link';

/** Progress or failure of opening a deep link; on failure the user can browse instead. */
export function DeepLinkNotice({ link, onSignIn }: { link: ReturnType<typeof useDeepLink>; onSignIn: () => void }) {
  if (link.status === 'pending') return <Spinner label="Opening the item from your link…" />;
  if (link.status !== 'error') return null;
  if (isTargetError(link.error)) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>The link does not point to a file or folder</MessageBarTitle>
          {link.error.message} You can find the item in your files below instead.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={link.dismiss}>Browse your files instead</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div>
      <ErrorMessage error={link.error} title="The item from your link could not be opened" onRetry={link.retry} onSignIn={onSignIn} />
      <Button appearance="primary" onClick={link.dismiss}>
        Browse your files instead
      </Button>
    </div>
  );
}
