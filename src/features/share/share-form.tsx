import { Dropdown, Field, Option, Switch, Textarea, DialogContent } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/error-message';
import type { ShareRole } from './api/send-invite';
import { ExternalConfirm } from './recipients/external-confirm';
import { ShareOptions } from './options/share-options';
import type { ShareOptionsState } from './options/use-share-options';
import { RecipientsField } from './recipients/recipients-field';
import type { ShareDialogStyles } from './share-dialog.styles';
import { MESSAGE_LIMIT, type ShareDialogState } from './share-dialog.types';

const ROLE_LABELS: Record<ShareRole, string> = { read: 'Can view', write: 'Can edit' };
const numberFormat = new Intl.NumberFormat();

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
          <ErrorMessage error={state.status.error} title="Not shared" onSignIn={onSignIn} />
        ) : null}
        <RecipientsField
          recipients={state.recipients}
          verifiedDomains={state.verifiedDomains}
          domainsError={state.domainsError}
          disabled={sending}
        />
        <ExternalConfirm externals={state.externalToConfirm} onConfirm={state.confirmExternal} onCancel={state.cancelExternal} />
        <Field label="Permission">
          <Dropdown
            value={ROLE_LABELS[state.role]}
            selectedOptions={[state.role]}
            disabled={sending}
            onOptionSelect={(_event, data) => {
              if (data.optionValue === 'read' || data.optionValue === 'write') state.setRole(data.optionValue);
            }}
          >
            <Option value="read" text="Can view">
              Can view
            </Option>
            <Option value="write" text="Can edit">
              Can edit
            </Option>
          </Dropdown>
        </Field>
        <div className={styles.switches}>
          <Switch
            label="Require sign-in"
            checked={state.requireSignIn}
            disabled={sending || signInLock?.available === false}
            aria-describedby={signInLock?.available === false ? 'require-sign-in-reason' : undefined}
            onChange={(_event, data) => state.setRequireSignIn(data.checked)}
          />
          <Switch
            label="Send invitation email"
            checked={state.sendInvitation}
            disabled={sending}
            onChange={(_event, data) => state.setSendInvitation(data.checked)}
          />
        </div>
        {signInLock?.available === false ? (
          <span id="require-sign-in-reason" className={styles.counter}>
            {signInLock.reason}
          </span>
        ) : null}
        <ShareOptions options={options} disabled={sending} />
        <Field
          label="Message"
          hint={
            <span className={styles.hintRow}>
              <span>{state.sendInvitation ? 'Optional. Included in the invitation email.' : 'Turn on “Send invitation email” to add a message.'}</span>
              <span className={state.messageTooLong ? styles.counterOver : styles.counter}>
                {numberFormat.format(count)} / {numberFormat.format(MESSAGE_LIMIT)}
              </span>
            </span>
          }
          validationState={state.messageTooLong ? 'error' : 'none'}
          validationMessage={
            state.messageTooLong
              ? `The message is ${numberFormat.format(count - MESSAGE_LIMIT)} characters over the ${numberFormat.format(MESSAGE_LIMIT)} allowed. Shorten it to send.`
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

