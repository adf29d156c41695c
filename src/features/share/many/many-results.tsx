import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { People16Regular } from '@fluentui/react-icons';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DriveItemRef } from '../../../lib/graph';
import { OutcomeList } from '../outcome-list';
import { UnshareableNotice } from './many-form';
import { itemStatus, type ItemOutcome } from './many-outcome';
import { selectionKeyOf } from './many-plan';
import type { ShareManyStyles } from './share-many-dialog.styles';
import type { ShareManyState } from './use-share-many';

const STATUS_IDS = {
  shared: 'share.many.status.shared',
  partial: 'share.many.status.partial',
  failed: 'share.many.status.failed',
  'not-sent': 'share.many.status.not-sent',
} as const;

interface ItemOutcomeEntryProps {
  outcome: ItemOutcome;
  invitationsRequested: boolean;
  styles: ShareManyStyles;
  /** Without it there is no Manage access (a portal that offers none). */
  onManageAccess: ((item: DriveItemRef, button: HTMLElement) => void) | undefined;
}

function ItemOutcomeEntry({ outcome, invitationsRequested, styles, onManageAccess }: ItemOutcomeEntryProps) {
  const intl = useIntl();
  const status = itemStatus(outcome);
  const { item } = outcome;
  return (
    <li className={styles.outcome}>
      <span className={styles.outcomeHead}>
        <span className={styles.outcomeTitle}>
          <bdi className={styles.itemName}>{item.name}</bdi>
          <span className={status === 'shared' ? styles.statusShared : styles.statusProblem}>
            <FormattedMessage id={STATUS_IDS[status]} />
          </span>
        </span>
        {onManageAccess ? (
          <Button
            className={styles.manage}
            appearance="subtle"
            size="small"
            icon={<People16Regular />}
            data-manage-access={selectionKeyOf(item)}
            aria-label={intl.formatMessage({ id: 'share.dialog.manageTitle' }, { name: item.name })}
            onClick={(event) => onManageAccess(item, event.currentTarget)}
          >
            <FormattedMessage id="share.dialog.manageAccess" />
          </Button>
        ) : null}
      </span>
      {outcome.kind === 'unknown' ? (
        <span>
          <FormattedMessage id="share.many.unknown" />
        </span>
      ) : null}
      {outcome.kind === 'failed' || outcome.kind === 'unknown' ? (
        <span className={styles.code}>
          <FormattedMessage id="share.many.error" values={{ code: outcome.error.code, requestId: outcome.error.requestId ?? '—' }} />
        </span>
      ) : null}
      {outcome.kind === 'answered' && status !== 'shared' ? (
        <OutcomeList outcomes={outcome.outcomes} invitationsRequested={invitationsRequested} requestIds={outcome.requestIds} />
      ) : null}
    </li>
  );
}

interface ManyResultsProps {
  state: ShareManyState;
  styles: ShareManyStyles;
  onManageAccess: ((item: DriveItemRef, button: HTMLElement) => void) | undefined;
}

/** How it went: a summary, then each item, and within a partly shared one each recipient. */
export function ManyResults({ state, styles, onManageAccess }: ManyResultsProps) {
  const intl = useIntl();
  const { summary } = state;
  const total = state.outcomes.size;
  const problems = summary.partial + summary.failed + summary.notSent;
  return (
    <div className={styles.results}>
      <MessageBar intent={problems === 0 ? 'success' : summary.shared === 0 ? 'error' : 'warning'} layout="multiline">
        <MessageBarBody>
          <div role="status">
            <FormattedMessage id="share.many.summary" values={{ shared: summary.shared, total }} />{' '}
            {problems > 0 ? (
              <FormattedMessage id="share.many.problems" values={{ partial: summary.partial, failed: summary.failed, notSent: summary.notSent }} />
            ) : null}
          </div>
          {state.retryableCount > 0 ? <FormattedMessage id="share.many.retryHint" values={{ count: state.retryableCount }} /> : null}
        </MessageBarBody>
      </MessageBar>
      <UnshareableNotice entries={state.plan.unshareable} sent styles={styles} />
      <ul className={styles.outcomes} aria-label={intl.formatMessage({ id: 'share.many.outcomes' })}>
        {[...state.outcomes.values()].map((outcome) => (
          <ItemOutcomeEntry
            key={selectionKeyOf(outcome.item)}
            outcome={outcome}
            invitationsRequested={state.draft.sendInvitation}
            styles={styles}
            onManageAccess={onManageAccess}
          />
        ))}
      </ul>
    </div>
  );
}
