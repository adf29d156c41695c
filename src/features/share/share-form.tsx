import { MessageBar, MessageBarBody, DialogContent } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorMessage } from '../../components/error-message';
import { ExternalConfirm } from './recipients/external-confirm';
import { MessageField, RoleField, SharingSwitches } from './options/share-choices';
import { ShareOptions } from './options/share-options';
import { BusyNotice, StoppedNotice } from './send/send-notices';
import { RecipientsField } from './recipients/recipients-field';
import type { ShareDialogStyles } from './share-dialog.styles';
import type { ShareDialogState } from './share-dialog.types';
import type { SignInAgain } from './use-sign-in-again';

/** The form: recipients, role, switches, options and message; the view says whether it is sending or failed. */
export function ShareForm({ state, styles, signInAgain }: { state: ShareDialogState; styles: ShareDialogStyles; signInAgain: SignInAgain }) {
  const intl = useIntl();
  const { view, draft, choose } = state;
  const sending = view.kind === 'sending';
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
        <RoleField role={draft.role} onChoose={choose} disabled={sending} />
        <SharingSwitches
          requireSignIn={state.fitted?.requireSignIn ?? draft.requireSignIn}
          signInLock={state.fitted?.requireSignInLocked}
          sendInvitation={draft.sendInvitation}
          onChoose={choose}
          disabled={sending}
        />
        <ShareOptions
          capabilities={state.capabilities}
          expires={draft.expires}
          expiresError={state.fitted?.expiresError}
          firstExpiryDate={state.firstExpiryDate}
          password={draft.password}
          onChoose={choose}
          disabled={sending}
        />
        <MessageField message={draft.message} sendInvitation={draft.sendInvitation} tooLong={state.messageTooLong} onChoose={choose} disabled={sending} />
      </form>
    </DialogContent>
  );
}
