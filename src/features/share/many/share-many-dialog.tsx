import type { InteractiveRequest } from '../../../lib/auth';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { roleText } from '../../../components/describe-roles';
import { useFormatText } from '../../../components/display-text';
import { ErrorMessage } from '../../../components/error-message';
import { GRANTABLE_ROLES, isGrantableRole, type DriveItemRef, type GrantableRole } from '../../../lib/graph';
import { OutcomeList } from '../outcome-list';
import { RecipientsField } from '../recipients/recipients-field';
import { MESSAGE_LIMIT } from '../share-dialog.types';
import { itemStatus, type ItemOutcome } from './many-outcome';
import { selectionKeyOf, type Unshareable } from './many-plan';
import { useShareManyStyles } from './share-many-dialog.styles';
import { useShareMany, type ShareManyEnding, type ShareManyState } from './use-share-many';

export type { ShareManyEnding } from './use-share-many';

export interface ShareManyDialogProps {
  /** The items to share together; the dialog is open while this is set. */
  items: readonly DriveItemRef[] | null;
  /**
   * The dialog closed, with each item's outcome. Asked to close while sending, it first stops
   * after the batches in flight (as Cancel does), then calls this with what they answered.
   */
  onClose: (ending: ShareManyEnding) => void;
  /** Shown above the form and the outcome, e.g. what an embedding portal asked for that could not be opened. */
  notice?: ReactNode;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
  /** Most recipients one Send may name. */
  recipientCap?: number | undefined;
  className?: string;
}

type Styles = ReturnType<typeof useShareManyStyles>;

export function ShareManyDialog(props: ShareManyDialogProps) {
  const [shown, setShown] = useState(props.items);
  if (props.items !== null && props.items !== shown) setShown(props.items);
  if (!shown || shown.length === 0) return null;
  return <ShareManyContent key={shown.map(selectionKeyOf).join('|')} {...props} items={shown} open={props.items !== null} />;
}

function ShareManyContent({
  items,
  open,
  onClose,
  notice,
  onSignIn,
  recipientCap,
  className,
}: ShareManyDialogProps & { items: readonly DriveItemRef[]; open: boolean }) {
  const state = useShareMany({ items, cap: recipientCap, onClose });
  const styles = useShareManyStyles(className);
  const { status } = state;
  const surface = (
    <DialogSurface className={styles.surface}>
      <DialogBody>
        <DialogTitle className={styles.title}>
          <FormattedMessage id="share.many.title" values={{ count: items.length }} />
        </DialogTitle>
        <DialogContent>
          {notice}
          {status.kind === 'sent' ? <ManyResults state={state} styles={styles} /> : <ManyForm state={state} styles={styles} onSignIn={onSignIn} />}
        </DialogContent>
        <DialogActions className={styles.actions}>
          {status.kind === 'sending' ? (
            <Button onClick={state.cancel} disabled={status.cancelling}>
              <FormattedMessage id="share.dialog.cancel" />
            </Button>
          ) : status.kind === 'sent' ? (
            <>
              {state.retryableCount > 0 ? (
                <Button appearance="primary" onClick={state.retryFailed}>
                  <FormattedMessage id="share.many.retryFailed" />
                </Button>
              ) : null}
              <Button appearance={state.retryableCount > 0 ? 'secondary' : 'primary'} onClick={state.close}>
                <FormattedMessage id="share.dialog.done" />
              </Button>
            </>
          ) : (
            <>
              <Button onClick={state.close}>
                <FormattedMessage id="share.dialog.cancel" />
              </Button>
              <Button appearance="primary" type="submit" form="share-many-form" disabled={!state.canSend}>
                <FormattedMessage id="share.dialog.send" />
              </Button>
            </>
          )}
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? undefined : state.close())} modalType="modal">
      {surface}
    </Dialog>
  );
}

/** The first names on one line, the whole list one press away. */
function ItemsSummary({ items, styles }: { items: readonly DriveItemRef[]; styles: Styles }) {
  const intl = useIntl();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const first = items.slice(0, 3).map((item) => item.name);
  return (
    <div className={styles.items}>
      <span className={styles.firstItems}>
        {items.length > 3 ? (
          <FormattedMessage id="share.many.firstItems" values={{ names: intl.formatList(first, { type: 'unit' }), count: items.length - 3 }} />
        ) : (
          intl.formatList(first, { type: 'conjunction' })
        )}
      </span>
      <Button appearance="transparent" size="small" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
        {expanded ? <FormattedMessage id="share.many.hideItems" /> : <FormattedMessage id="share.many.showItems" values={{ count: items.length }} />}
      </Button>
      {expanded ? (
        <ul id={listId} className={styles.itemList} aria-label={intl.formatMessage({ id: 'share.many.itemList' })}>
          {items.map((item) => (
            <li key={selectionKeyOf(item)}>{item.name}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function UnshareableNotice({ entries, styles }: { entries: readonly Unshareable[]; styles: Styles }) {
  const formatText = useFormatText();
  const intl = useIntl();
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          <FormattedMessage id="share.many.unshareable" values={{ count: entries.length }} />
        </MessageBarTitle>
        <ul className={styles.unshareable}>
          {entries.map(({ item, reason }) => (
            <li key={selectionKeyOf(item)}>
              <bdi>{item.name}</bdi>:{' '}
              {'error' in reason ? intl.formatMessage({ id: 'share.many.unreadable' }, { code: reason.error.code }) : formatText(reason)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function ManyForm({ state, styles, onSignIn }: { state: ShareManyState; styles: Styles; onSignIn?: ((request: InteractiveRequest) => void) | undefined }) {
  const intl = useIntl();
  const formatText = useFormatText();
  const { draft, plan, status, choose } = state;
  const sending = status.kind === 'sending';
  const roleLabel = (role: GrantableRole) => formatText(roleText([role]));
  return (
    <form
      id="share-many-form"
      className={styles.form}
      aria-busy={sending}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        state.send();
      }}
    >
      <ItemsSummary items={state.items} styles={styles} />
      {state.facts.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'share.many.checking' })} /> : null}
      {state.facts.isError ? (
        <ErrorMessage
          error={state.facts.error}
          title={intl.formatMessage({ id: 'share.many.checkFailed' })}
          onRetry={() => void state.facts.refetch()}
          onSignIn={onSignIn}
        />
      ) : null}
      <UnshareableNotice entries={plan.unshareable} styles={styles} />
      <RecipientsField
        recipients={draft.recipients}
        onChange={state.changeRecipients}
        capError={state.capError}
        verifiedDomains={undefined}
        disabled={sending}
      />
      <Field label={intl.formatMessage({ id: 'share.form.permission' })}>
        <Dropdown
          value={roleLabel(draft.role)}
          selectedOptions={[draft.role]}
          disabled={sending}
          onOptionSelect={(_event, data) => {
            if (isGrantableRole(data.optionValue)) choose({ role: data.optionValue });
          }}
        >
          {GRANTABLE_ROLES.map((role) => (
            <Option key={role} value={role} text={roleLabel(role)}>
              {roleLabel(role)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.switches}>
        <Switch
          label={intl.formatMessage({ id: 'share.form.requireSignIn' })}
          checked={state.requireSignIn}
          disabled={sending || plan.signInLocked !== undefined}
          aria-describedby={plan.signInLocked ? 'many-sign-in-reason' : undefined}
          onChange={(_event, data) => choose({ requireSignIn: data.checked })}
        />
        <Switch
          label={intl.formatMessage({ id: 'share.form.sendInvitation' })}
          checked={draft.sendInvitation}
          disabled={sending}
          onChange={(_event, data) => choose({ sendInvitation: data.checked })}
        />
      </div>
      {plan.signInLocked ? (
        <span id="many-sign-in-reason" className={styles.reason}>
          {formatText(plan.signInLocked)}
        </span>
      ) : null}
      <Field label={intl.formatMessage({ id: 'share.options.password' })} hint={formatText(plan.passwordUnavailable ?? { id: 'share.options.passwordHint' })}>
        <Input
          type="password"
          autoComplete="new-password"
          value={plan.passwordUnavailable ? '' : draft.password}
          disabled={plan.passwordUnavailable !== undefined || sending}
          onChange={(_event, data) => choose({ password: data.value })}
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: 'share.form.message' })}
        hint={intl.formatMessage({ id: draft.sendInvitation ? 'share.form.messageHint' : 'share.form.messageHintOff' })}
        validationState={state.messageTooLong ? 'error' : 'none'}
        validationMessage={
          state.messageTooLong
            ? intl.formatMessage({ id: 'share.form.messageTooLong' }, { over: draft.message.length - MESSAGE_LIMIT, limit: MESSAGE_LIMIT })
            : undefined
        }
      >
        <Textarea
          value={draft.message}
          disabled={!draft.sendInvitation || sending}
          resize="vertical"
          rows={2}
          onChange={(_event, data) => choose({ message: data.value })}
        />
      </Field>
      {status.kind === 'sending' ? (
        <Field
          validationState="none"
          validationMessage={status.cancelling ? intl.formatMessage({ id: 'share.many.stopping' }) : undefined}
          label={intl.formatMessage({ id: 'share.many.progress' }, { done: status.done, total: status.total })}
        >
          <ProgressBar value={status.done} max={status.total} />
        </Field>
      ) : null}
    </form>
  );
}

const STATUS_IDS = {
  shared: 'share.many.status.shared',
  partial: 'share.many.status.partial',
  failed: 'share.many.status.failed',
  'not-sent': 'share.many.status.not-sent',
} as const;

function ItemOutcomeEntry({ outcome, invitationsRequested, styles }: { outcome: ItemOutcome; invitationsRequested: boolean; styles: Styles }) {
  const status = itemStatus(outcome);
  return (
    <li className={styles.outcome}>
      <span className={styles.outcomeHead}>
        <bdi className={styles.itemName}>{outcome.item.name}</bdi>
        <span className={status === 'shared' ? styles.statusShared : styles.statusProblem}>
          <FormattedMessage id={STATUS_IDS[status]} />
        </span>
      </span>
      {outcome.kind === 'failed' ? (
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

function ManyResults({ state, styles }: { state: ShareManyState; styles: Styles }) {
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
      <UnshareableNotice entries={state.plan.unshareable} styles={styles} />
      <ul className={styles.outcomes} aria-label={intl.formatMessage({ id: 'share.many.outcomes' })}>
        {[...state.outcomes.values()].map((outcome) => (
          <ItemOutcomeEntry key={selectionKeyOf(outcome.item)} outcome={outcome} invitationsRequested={state.draft.sendInvitation} styles={styles} />
        ))}
      </ul>
    </div>
  );
}
