import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

interface Props {
  name: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A bug in the dialog's view shows a way on inside the dialog, instead of taking the page down.
 * The draft was kept as the view went away, so "Try again" brings back everything typed.
 */
export class ShareDialogBoundary extends Component<Props, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unexpected error in the share dialog', error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <CrashNotice name={this.props.name} onRetry={() => this.setState({ error: undefined })} onClose={this.props.onClose} />;
  }
}

function CrashNotice({ name, onRetry, onClose }: { name: string; onRetry: () => void; onClose: () => void }) {
  const intl = useIntl();
  return (
    <DialogSurface aria-label={intl.formatMessage({ id: 'share.dialog.label' }, { name })}>
      <DialogBody>
        <DialogTitle>{intl.formatMessage({ id: 'share.dialog.title' }, { name })}</DialogTitle>
        <DialogContent>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>
                <FormattedMessage id="common.crash.title" />
              </MessageBarTitle>
              <FormattedMessage id="share.dialog.crashBody" />
            </MessageBarBody>
          </MessageBar>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={onRetry}>
            <FormattedMessage id="share.dialog.tryAgain" />
          </Button>
          <Button onClick={onClose}>
            <FormattedMessage id="share.dialog.close" />
          </Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
