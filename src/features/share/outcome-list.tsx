import { Avatar, Button, Link, mergeClasses } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  ChevronDown16Regular,
  ChevronUp16Regular,
  DismissCircle16Filled,
  Info16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatText } from '../../components/display-text';
import { summarizePermission } from './permission-summary';
import { useOutcomeListStyles } from './outcome-list.styles';
import type { RecipientOutcome } from './send/recipient-outcome';

export interface OutcomeListProps {
  /** Every recipient of the send, in the order they were named. */
  outcomes: readonly RecipientOutcome[];
  invitationsRequested: boolean;
  /** By recipient key: the request-id of the invite that answered for them. */
  requestIds: Readonly<Record<string, string | undefined>>;
}

/** One entry per recipient: who, what access, and what happened to them, the ids one press away. */
export function OutcomeList({ outcomes, invitationsRequested, requestIds }: OutcomeListProps) {
  const styles = useOutcomeListStyles();
  const intl = useIntl();
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: 'share.outcome.list' })}>
      {outcomes.map((outcome) => (
        <OutcomeEntry key={outcome.recipient.key} outcome={outcome} invitationsRequested={invitationsRequested} requestId={requestIds[outcome.recipient.key]} />
      ))}
    </ul>
  );
}

/** Codes and ids stay as they are (support searches for them), isolated so they read left to right in Arabic too. */
function Code({ children }: { children: string }) {
  const styles = useOutcomeListStyles();
  return (
    <bdi dir="ltr" className={styles.code}>
      {children}
    </bdi>
  );
}

function OutcomeEntry({
  outcome,
  invitationsRequested,
  requestId,
}: {
  outcome: RecipientOutcome;
  invitationsRequested: boolean;
  requestId: string | undefined;
}) {
  const styles = useOutcomeListStyles();
  const intl = useIntl();
  const formatText = useFormatText();
  const nameId = useId();
  const summary = outcome.kind === 'failed' ? undefined : summarizePermission(outcome.permission);
  // Graph's name for the person when it gave one, else what the user picked or typed.
  const name = summary?.name ?? outcome.recipient.label;
  const email = summary?.email ?? outcome.recipient.email;
  const access = summary && (summary.access ? formatText(summary.access) : intl.formatList(summary.roles, { type: 'unit', style: 'short' }));
  const signIn =
    summary?.signInRequired === undefined
      ? undefined
      : intl.formatMessage({ id: summary.signInRequired ? 'share.outcome.signInRequired' : 'share.outcome.signInNotRequired' });
  const meta = [access, signIn].filter((part): part is string => !!part);

  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <Avatar aria-hidden name={name} color="colorful" size={32} shape={outcome.recipient.kind === 'group' ? 'square' : 'circular'} />
      <div className={styles.body}>
        {/* Names and addresses are in their own script, whatever the page's direction. */}
        <span id={nameId} className={styles.name} dir="auto">
          {name}
        </span>
        {email && email.toLowerCase() !== name.toLowerCase() ? (
          <span className={styles.secondary} dir="auto">
            {email}
          </span>
        ) : null}
        {meta.length > 0 ? <span className={styles.secondary}>{intl.formatList(meta, { type: 'unit', style: 'short' })}</span> : null}
        <OutcomeStatus outcome={outcome} invitationsRequested={invitationsRequested} />
        <OutcomeDetails nameId={nameId} permissionId={summary?.id} requestId={requestId} />
      </div>
    </li>
  );
}

function StatusLine({ icon, tone, children }: { icon: ReactNode; tone: 'sent' | 'quiet' | 'warning' | 'danger'; children: ReactNode }) {
  const styles = useOutcomeListStyles();
  return (
    <span className={mergeClasses(styles.status, styles[tone])}>
      <span className={styles.statusIcon} aria-hidden>
        {icon}
      </span>
      <span>{children}</span>
    </span>
  );
}

function OutcomeStatus({ outcome, invitationsRequested }: { outcome: RecipientOutcome; invitationsRequested: boolean }) {
  const styles = useOutcomeListStyles();
  const formatText = useFormatText();
  switch (outcome.kind) {
    case 'granted':
      return invitationsRequested ? (
        <StatusLine icon={<CheckmarkCircle16Filled />} tone="sent">
          <FormattedMessage id="share.outcome.emailSent" />
        </StatusLine>
      ) : (
        <StatusLine icon={<Info16Regular />} tone="quiet">
          <FormattedMessage id="share.outcome.noEmail" />
        </StatusLine>
      );
    case 'not-notified': {
      const { problem } = outcome;
      const code = problem.innerCode ?? problem.code;
      return (
        <>
          <StatusLine icon={<Warning16Filled />} tone="warning">
            <FormattedMessage id="share.outcome.notNotified" />
          </StatusLine>
          {/* Graph's message is in Graph's language, which need not be the page's (an English sentence in an Arabic page). */}
          {problem.graphMessage ? (
            <p className={styles.reason} dir="auto">
              {problem.graphMessage}
            </p>
          ) : (
            <p className={styles.reason}>{formatText(problem.sentence)}</p>
          )}
          {code ? (
            <span className={styles.secondary}>
              <FormattedMessage id="common.error.code" values={{ code: <Code>{code}</Code> }} />
            </span>
          ) : null}
          {problem.fixItUrl ? (
            <Link href={problem.fixItUrl} target="_blank" rel="noopener noreferrer">
              <FormattedMessage id="share.outcome.fixIt" />
            </Link>
          ) : null}
        </>
      );
    }
    case 'landed':
      return (
        <>
          <StatusLine icon={<CheckmarkCircle16Filled />} tone="sent">
            <FormattedMessage id="share.outcome.landed" />
          </StatusLine>
          {invitationsRequested ? (
            <p className={styles.reason}>
              <FormattedMessage id="share.outcome.landedEmail" />
            </p>
          ) : null}
        </>
      );
    case 'failed':
      return (
        <>
          <StatusLine icon={<DismissCircle16Filled />} tone="danger">
            <FormattedMessage id="share.outcome.notSharedStatus" />
          </StatusLine>
          <p className={styles.reason}>
            <FormattedMessage id={outcome.from === 'read-back' ? 'share.outcome.notReachedReason' : 'share.outcome.notSharedReason'} />
          </p>
        </>
      );
  }
}

/** The ids are for support and scripts, so they are one press away rather than always shown. */
function OutcomeDetails({ nameId, permissionId, requestId }: { nameId: string; permissionId: string | undefined; requestId: string | undefined }) {
  const styles = useOutcomeListStyles();
  const [shown, setShown] = useState(false);
  const labelId = useId();
  const regionId = useId();
  if (!permissionId && !requestId) return null;
  return (
    <>
      <Button
        className={styles.details}
        size="small"
        appearance="subtle"
        icon={shown ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
        iconPosition="after"
        aria-expanded={shown}
        aria-controls={regionId}
        // "Details Alex Wilber": the visible word first, then whose details they are.
        aria-labelledby={`${labelId} ${nameId}`}
        onClick={() => setShown((value) => !value)}
      >
        <span id={labelId}>
          <FormattedMessage id="share.outcome.details" />
        </span>
      </Button>
      <div id={regionId} className={mergeClasses(styles.detailsRegion, !shown && styles.collapsed)} hidden={!shown}>
        {permissionId ? (
          <span>
            <FormattedMessage id="share.outcome.permissionId" values={{ id: <Code>{permissionId}</Code> }} />
          </span>
        ) : null}
        {requestId ? (
          <span>
            <FormattedMessage id="common.error.requestId" values={{ requestId: <Code>{requestId}</Code> }} />
          </span>
        ) : null}
      </div>
    </>
  );
}
