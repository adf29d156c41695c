import { Dropdown, Field, MessageBar, MessageBarBody, Option, Switch, Textarea, DialogContent } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import { useFormatText } from '../../components/display-text';
import { roleText } from '../../components/describe-roles';
import { GRANTABLE_ROLES, isGrantableRole, type GrantableRole } from '../../lib/graph';
import { ExternalConfirm } from './recipients/external-confirm';
import { ShareOptions } from './options/share-options';
import { BusyNotice, StoppedNotice } from './send/send-notices';
import { RecipientsField } from './recipients/recipients-field';
import type { ShareDialogStyles } from './share-dialog.styles';
import { MESSAGE_LIMIT, type ShareDialogState } from './share-dialog.types';
import type { SignInAgain } from './use-sign-in-again';

/** The form: recipients, role, switches, options and message; the view says whether it is sending or failed. */
export function ShareForm({ state, styles, signInAgain }: { state: ShareDialogState; styles: ShareDialogStyles; signInAgain: SignInAgain }) {
  const intl = useIntl();
  const formatText = useFormatText();
  const roleLabel = (role: GrantableRole) => formatText(roleText([role]));
  const { view, draft, choose } = state;
  const sending = view.kind === 'sending';
  const signInLock = state.fitted?.requireSignInLocked;
  const count = draft.message.length;
  return (
    <DialogContent>
      <form
        id="share-form"
        className={styles.form}
        aria-busy={sending}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          signInAgain.dismissReturned();
          state.send();
        }}
      >
        {view.kind === 'editing' && view.error !== undefined ? (
          <ErrorMessage title={intl.formatMessage({ id: 'share.form.notShared' })} {...signInAgain.messageFor(view.error, state.resend, 'offer-send')} />
        ) : signInAgain.returnedToSend && view.kind === 'editing' ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <FormattedMessage id="share.form.signedInAgain" />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {view.kind === 'editing' && view.stopped ? <StoppedNotice /> : null}
        {/* A new bar for each wait, so each is announced once. */}
        {view.kind === 'sending' && view.busy ? <BusyNotice key={view.busy.until} busy={view.busy} onCancel={state.stopSending} /> : null}
        <RecipientsField
          recipients={draft.recipients}
          onChange={state.changeRecipients}
          capError={state.capError}
          verifiedDomains={state.verifiedDomains}
          domainsError={state.domainsError}
          disabled={sending}
        />
        <ExternalConfirm
          externals={view.kind === 'confirming-external' ? view.externals : null}
          onConfirm={state.confirmExternal}
          onCancel={state.cancelExternal}
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
            checked={state.fitted?.requireSignIn ?? draft.requireSignIn}
            disabled={sending || signInLock?.available === false}
            aria-describedby={signInLock?.available === false ? 'require-sign-in-reason' : undefined}
            onChange={(_event, data) => choose({ requireSignIn: data.checked })}
          />
          <Switch
            label={intl.formatMessage({ id: 'share.form.sendInvitation' })}
            checked={draft.sendInvitation}
            disabled={sending}
            onChange={(_event, data) => choose({ sendInvitation: data.checked })}
          />
        </div>
        {signInLock?.available === false ? (
          <span id="require-sign-in-reason" className={styles.counter}>
            {formatText(signInLock.reason)}
          </span>
        ) : null}
        <ShareOptions
          capabilities={state.capabilities}
          expires={draft.expires}
          expiresError={state.fitted?.expiresError}
          firstExpiryDate={state.firstExpiryDate}
          password={draft.password}
          onChoose={choose}
          disabled={sending}
        />
        <Field
          label={intl.formatMessage({ id: 'share.form.message' })}
          hint={
            <span className={styles.hintRow}>
              <span>
                <FormattedMessage id={draft.sendInvitation ? 'share.form.messageHint' : 'share.form.messageHintOff'} />
              </span>
              <span className={state.messageTooLong ? styles.counterOver : styles.counter}>
                <FormattedMessage id="share.form.messageCounter" values={{ count, limit: MESSAGE_LIMIT }} />
              </span>
            </span>
          }
          validationState={state.messageTooLong ? 'error' : 'none'}
          validationMessage={
            state.messageTooLong ? intl.formatMessage({ id: 'share.form.messageTooLong' }, { over: count - MESSAGE_LIMIT, limit: MESSAGE_LIMIT }) : undefined
          }
        >
          <Textarea
            value={draft.message}
            disabled={!draft.sendInvitation || sending}
            resize="vertical"
            rows={3}
            onChange={(_event, data) => choose({ message: data.value })}
          />
        </Field>
      </form>
    </DialogContent>
  );
}
