import { Button, DialogContent, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import { formatText } from '../../components/display-text';
import type { DriveItemRef } from '../../lib/graph';
import { OutcomeList } from './outcome-list';
import { BusyNotice, LostNote, StoppedNotice } from './send/send-notices';
import { summarizeOutcomes } from './send/recipient-outcome';
import type { ShareDialogStyles } from './share-dialog.styles';
import type { ShareView } from './share-dialog.types';
import type { SignInAgain } from './use-sign-in-again';

const useStyles = makeStyles({
  retryRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, minWidth: 0, flexBasis: '16em', flexGrow: 1 },
  retryButton: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** After Send: the summary, then what happened to each recipient, then Retry for those it did not fully work for. */
export function ShareResults({
  item,
  view,
  onRetry,
  onStopRetry,
  styles,
  signInAgain,
}: {
  item: DriveItemRef;
  view: Extract<ShareView, { kind: 'sent' }>;
  onRetry: () => void;
  /** Stops a retry that waits because Graph is busy. */
  onStopRetry: () => void;
  styles: ShareDialogStyles;
  signInAgain: SignInAgain;
}) {
  const classes = useStyles();
  const intl = useIntl();
  const hintId = useId();
  const summary = summarizeOutcomes(item.name, view.outcomes);
  const retrying = view.retry.kind === 'retrying';
  const retryCount = view.retryable.length;
  return (
    <DialogContent className={styles.results}>
      <MessageBar intent={summary.intent} layout="multiline" role="status">
        <MessageBarBody>{formatText(intl, summary.text)}</MessageBarBody>
      </MessageBar>
      {view.lost !== undefined ? <LostNote missing={retryCount} /> : null}
      {view.retry.kind === 'failed' ? (
        <ErrorMessage
          title={intl.formatMessage({ id: 'share.outcome.retryFailed' })}
          // A Retry's outcome lives only in this page: sign in with a popup, never by leaving it.
          {...signInAgain.messageFor(view.retry.error, onRetry, 'none')}
        />
      ) : null}
      {view.retry.kind === 'stopped' ? <StoppedNotice retry /> : null}
      {view.retry.kind === 'retrying' && view.retry.busy ? <BusyNotice key={view.retry.busy.until} busy={view.retry.busy} onCancel={onStopRetry} /> : null}
      <OutcomeList outcomes={view.outcomes} invitationsRequested={view.invitationsRequested} requestIds={view.requestIds} />
      {retryCount > 0 ? (
        <div className={classes.retryRow}>
          <Button
            className={classes.retryButton}
            icon={retrying ? <Spinner size="tiny" aria-hidden /> : <ArrowClockwise20Regular />}
            disabledFocusable={retrying}
            onClick={onRetry}
            aria-describedby={hintId}
          >
            <FormattedMessage id={retrying ? 'share.outcome.retrying' : 'share.outcome.retry'} />
          </Button>
          <span id={hintId} className={classes.hint}>
            <FormattedMessage id="share.outcome.retryHint" values={{ count: retryCount }} />
          </span>
        </div>
      ) : null}
    </DialogContent>
  );
}
