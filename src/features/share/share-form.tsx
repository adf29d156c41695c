import { Dropdown, Field, Option, Switch, Textarea, DialogContent } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import type { ShareRole } from './api/send-invite';
import { useFormatText } from '../../components/display-text';
import { roleText } from '../../components/describe-roles';
import { ExternalConfirm } from './recipients/external-confirm';
import { ShareOptions } from './options/share-options';
import type { ShareOptionsState } from './options/use-share-options';
import { RecipientsField } from './recipients/recipients-field';
import type { ShareDialogStyles } from './share-dialog.styles';
import { MESSAGE_LIMIT, type ShareDialogState } from './share-dialog.types';


export function ShareForm({
  state,
  styles,
  onSignIn,
  options,
}: {
  state: ShareDialogState;
  styles: ShareDialogStyles;
  onSignIn?: (() => void) | undefined;
  options: ShareOptionsState;
}) {
  const intl = useIntl();
  const formatText = useFormatText();
  const roleLabel = (role: ShareRole) => formatText(roleText([role]));
  const sending = state.status.kind === 'sending';
  const signInLock = options.capabilities?.requireSignInOff;
  const count = state.message.length;
  return (
    <DialogContent>
      <form
        id="share-form"
        className={styles.form}
        aria-busy={sending}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          state.send();
        }}
      >
        {state.status.kind === 'failed' ? (
          <ErrorMessage error={state.status.error} title={intl.formatMessage({ id: 'share.form.notShared' })} onSignIn={onSignIn} />
        ) : null}
        <RecipientsField
          recipients={state.recipients}
          verifiedDomains={state.verifiedDomains}
          domainsError={state.domainsError}
          disabled={sending}
        />
        <ExternalConfirm externals={state.externalToConfirm} onConfirm={state.confirmExternal} onCancel={state.cancelExternal} />
        <Field label={intl.formatMessage({ id: 'share.form.permission' })}>
          <Dropdown
            value={roleLabel(state.role)}
            selectedOptions={[state.role]}
            disabled={sending}
            onOptionSelect={(_event, data) => {
              if (data.optionValue === 'read' || data.optionValue === 'write') state.setRole(data.optionValue);
            }}
          >
            {(['read', 'write'] as const).map((role) => (
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
            disabled={sending || signInLock?.available === false}
            aria-describedby={signInLock?.available === false ? 'require-sign-in-reason' : undefined}
            onChange={(_event, data) => state.setRequireSignIn(data.checked)}
          />
          <Switch
            label={intl.formatMessage({ id: 'share.form.sendInvitation' })}
            checked={state.sendInvitation}
            disabled={sending}
            onChange={(_event, data) => state.setSendInvitation(data.checked)}
          />
        </div>
        {signInLock?.available === false ? (
          <span id="require-sign-in-reason" className={styles.counter}>
            {formatText(signInLock.reason)}
          </span>
        ) : null}
        <ShareOptions options={options} disabled={sending} />
        <Field
          label={intl.formatMessage({ id: 'share.form.message' })}
          hint={
            <span className={styles.hintRow}>
              <span>
                <FormattedMessage id={state.sendInvitation ? 'share.form.messageHint' : 'share.form.messageHintOff'} />
              </span>
              <span className={state.messageTooLong ? styles.counterOver : styles.counter}>
                <FormattedMessage id="share.form.messageCounter" values={{ count, limit: MESSAGE_LIMIT }} />
              </span>
            </span>
          }
          validationState={state.messageTooLong ? 'error' : 'none'}
          validationMessage={
            state.messageTooLong
              ? intl.formatMessage({ id: 'share.form.messageTooLong' }, { over: count - MESSAGE_LIMIT, limit: MESSAGE_LIMIT })
              : undefined
          }
        >
          <Textarea
            value={state.message}
            disabled={!state.sendInvitation || sending}
            resize="vertical"
            rows={3}
            onChange={(_event, data) => state.setMessage(data.value)}
          />
        </Field>
      </form>
    </DialogContent>
  );
}

