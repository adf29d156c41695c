import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface State {
  error: unknown;
}

/** The last line of defence: a bug shows a way out instead of a blank page, and is logged. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unexpected error in the share dialog', error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>
            <FormattedMessage id="common.crash.title" />
          </MessageBarTitle>
          <FormattedMessage id="common.crash.body" />
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>
            <FormattedMessage id="common.crash.reload" />
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
