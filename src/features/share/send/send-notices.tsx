import { Button, DialogContent, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage, type ErrorMessageProps } from '../../../components/error-message';
import type { ShareView } from '../share-dialog.types';
import type { Busy } from './send-lifecycle';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  names: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  // The number changes every second: its width must not, or the sentence would jitter.
  seconds: { fontVariantNumeric: 'tabular-nums' },
});

/** Whole seconds left until `until`, counted down once a second while shown. */
function useSecondsLeft(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * "Microsoft Graph is busy; trying again in N s", counting down, with Cancel. Each wait mounts a
 * fresh bar (keyed by the caller), and a MessageBar announces its text once when it mounts, so a
 * screen reader hears the sentence once per wait rather than every second.
 */
export function BusyNotice({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const styles = useStyles();
  const seconds = useSecondsLeft(busy.until);
  return (
    <MessageBar intent="warning" layout="multiline" politeness="polite">
      <MessageBarBody>
        <span className={styles.seconds}>
          <FormattedMessage id="share.busy.body" values={{ seconds }} />
        </span>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onCancel}>
          <FormattedMessage id="share.busy.cancel" />
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The user stopped a send (or a retry) while it waited: Graph carried nothing out. */
export function StoppedNotice({ retry = false }: { retry?: boolean }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <FormattedMessage id={retry ? 'share.busy.retryStopped' : 'share.busy.stopped'} />
      </MessageBarBody>
    </MessageBar>
  );
}

function AskedList({ view }: { view: { asked: readonly { key: string; label: string }[] } }) {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <ul className={styles.names} aria-label={intl.formatMessage({ id: 'share.lost.asked' })}>
      {view.asked.map((recipient) => (
        <li key={recipient.key} dir="auto">
          {recipient.label}
        </li>
      ))}
    </ul>
  );
}

/** The invite's answer was lost: reading the item's access back before anything else may be sent. */
export function SendChecking({ view }: { view: Extract<ShareView, { kind: 'checking' }> }) {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <DialogContent className={styles.content}>
      <MessageBar intent="info" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{intl.formatMessage({ id: view.closing ? 'share.lost.stoppingTitle' : 'share.lost.title' })}</MessageBarTitle>
          <FormattedMessage id="share.lost.checking" values={{ count: view.asked.length }} />
        </MessageBarBody>
      </MessageBar>
      <Spinner size="small" label={intl.formatMessage({ id: 'share.lost.checkingShort' })} />
      <AskedList view={view} />
    </DialogContent>
  );
}

/** The read-back failed too: say so, and offer only to check again (a blind resend could invite twice). */
export function SendUnknown({
  view,
  message,
}: {
  view: Extract<ShareView, { kind: 'unknown' }>;
  /** The error's message props, with "Sign in again" that checks again once signed in. */
  message: Pick<ErrorMessageProps, 'error' | 'onSignIn' | 'onSignInHere' | 'onRetry' | 'signingIn'>;
}) {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <DialogContent className={styles.content}>
      <ErrorMessage title={intl.formatMessage({ id: 'share.lost.checkFailedTitle' })} {...message} />
      <p>
        <FormattedMessage id="share.lost.checkFailed" values={{ count: view.asked.length }} />
      </p>
      <AskedList view={view} />
    </DialogContent>
  );
}

/** Over the outcome, when (part of) it was read back from the item's access after a lost answer. */
export function LostNote({ missing }: { missing: number }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <FormattedMessage id="share.lost.readBack" values={{ missing }} />
      </MessageBarBody>
    </MessageBar>
  );
}
