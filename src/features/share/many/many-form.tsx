import type { InteractiveRequest } from '../../../lib/auth';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatText } from '../../../components/display-text';
import { ErrorMessage } from '../../../components/error-message';
import type { DriveItemRef } from '../../../lib/graph';
import { MessageField, RoleField, SharingSwitches } from '../options/share-choices';
import { ShareOptions } from '../options/share-options';
import { ExternalConfirm } from '../recipients/external-confirm';
import { RecipientsField } from '../recipients/recipients-field';
import { selectionKeyOf, type Unshareable } from './many-plan';
import type { ShareManyStyles } from './share-many-dialog.styles';
import type { ShareManyState } from './use-share-many';

/** The first names on one line, the whole list one press away. */
function ItemsSummary({ items, styles }: { items: readonly DriveItemRef[]; styles: ShareManyStyles }) {
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

/** The items Send skips, by name and why: before Send (will not be shared) and in the outcome (were not). */
export function UnshareableNotice({ entries, sent, styles }: { entries: readonly Unshareable[]; sent: boolean; styles: ShareManyStyles }) {
  const formatText = useFormatText();
  const intl = useIntl();
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          <FormattedMessage id={sent ? 'share.many.unshareableSent' : 'share.many.unshareable'} values={{ count: entries.length }} />
        </MessageBarTitle>
        <ul className={styles.unshareable}>
          {entries.map(({ item, reason }) => (
            <li key={selectionKeyOf(item)}>
              <bdi className={styles.itemName}>{item.name}</bdi>:{' '}
              {'error' in reason ? intl.formatMessage({ id: 'share.many.unreadable' }, { code: reason.error.code }) : formatText(reason)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

interface ManyFormProps {
  state: ShareManyState;
  styles: ShareManyStyles;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
}

/** The single dialog's choices, fitted to every item at once, with the items and who cannot get them. */
export function ManyForm({ state, styles, onSignIn }: ManyFormProps) {
  const intl = useIntl();
  const { draft, plan, status, choose, fitted } = state;
  const sending = status.kind === 'sending';
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
      {/* At the top, where it is seen without scrolling past the form. */}
      {status.kind === 'sending' ? (
        <Field
          validationState="none"
          validationMessage={
            status.checking
              ? intl.formatMessage({ id: 'share.lost.checkingShort' })
              : status.cancelling
                ? intl.formatMessage({ id: 'share.many.stopping' })
                : undefined
          }
          label={intl.formatMessage({ id: 'share.many.progress' }, { done: status.done, total: status.total })}
        >
          <ProgressBar value={status.done} max={status.total} />
        </Field>
      ) : null}
      {state.facts.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'share.many.checking' })} /> : null}
      {state.facts.isError ? (
        <ErrorMessage
          error={state.facts.error}
          title={intl.formatMessage({ id: 'share.many.checkFailed' })}
          onRetry={() => void state.facts.refetch()}
          onSignIn={onSignIn}
        />
      ) : null}
      <UnshareableNotice entries={plan.unshareable} sent={false} styles={styles} />
      <RecipientsField
        recipients={draft.recipients}
        onChange={state.changeRecipients}
        capError={state.capError}
        verifiedDomains={state.verifiedDomains}
        domainsError={state.domainsError}
        disabled={sending}
      />
      <ExternalConfirm
        externals={status.kind === 'confirming-external' ? status.externals : null}
        onConfirm={state.confirmExternal}
        onCancel={state.cancelExternal}
      />
      <RoleField role={draft.role} onChoose={choose} disabled={sending} />
      <SharingSwitches
        requireSignIn={fitted.requireSignIn}
        signInLock={fitted.requireSignInLocked}
        sendInvitation={draft.sendInvitation}
        onChoose={choose}
        disabled={sending}
      />
      <ShareOptions
        capabilities={plan.capabilities}
        expires={draft.expires}
        expiresError={fitted.expiresError}
        firstExpiryDate={state.firstExpiryDate}
        password={draft.password}
        onChoose={choose}
        disabled={sending}
      />
      <MessageField
        message={draft.message}
        sendInvitation={draft.sendInvitation}
        tooLong={state.messageTooLong}
        onChoose={choose}
        disabled={sending}
        rows={2}
      />
    </form>
  );
}
