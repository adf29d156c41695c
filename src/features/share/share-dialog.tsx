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
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { DriveItemRef, Permission } from '../../lib/graph';
import type { ShareRole } from './api/send-invite';
import { PermissionTable } from './permission-table';
import { RecipientsField } from './recipients/recipients-field';
import { useShareDialogStyles } from './share-dialog.styles';
import { MESSAGE_LIMIT, type ShareDialogProps, type ShareDialogState } from './share-dialog.types';
import { useShareDialog } from './use-share-dialog';

const ROLE_LABELS: Record<ShareRole, string> = { read: 'Can view', write: 'Can edit' };
const numberFormat = new Intl.NumberFormat();

export function ShareDialog({ item, onClose, onSignIn, className }: ShareDialogProps) {
  // Keep showing the last item while the dialog animates closed.
  const [shown, setShown] = useState(item);
  if (item !== null && item !== shown) setShown(item);
  if (!shown) return null;
  return (
    <Dialog open={item !== null} onOpenChange={(_event, data) => (data.open ? undefined : onClose())} modalType="modal">
      {/* A key per item resets everything typed when another item is shared. */}
      <ShareDialogContent key={`${shown.driveId}/${shown.itemId}`} item={shown} onClose={onClose} onSignIn={onSignIn} className={className} />
    </Dialog>
  );
}

function ShareDialogContent(props: { item: DriveItemRef; onClose: () => void; onSignIn?: (() => void) | undefined; className?: string | undefined }) {
  const state = useShareDialog(props.item);
  const styles = useShareDialogStyles(props.className);
  const title = `Share “${props.item.name}”`;
  return (
    <DialogSurface className={styles.surface} aria-label={`Share "${props.item.name}"`}>
      <DialogBody>
        <DialogTitle className={styles.title}>{title}</DialogTitle>
        {state.status.kind === 'sent' ? (
          <ShareResults state={state} status={state.status} styles={styles} />
        ) : (
          <ShareForm state={state} styles={styles} onSignIn={props.onSignIn} />
        )}
        <DialogActions>
          {state.status.kind === 'sent' ? (
            <>
              <Button appearance="primary" onClick={props.onClose}>
                Done
              </Button>
              <Button onClick={state.shareAgain}>Share with others</Button>
            </>
          ) : (
            <>
              <Button
                appearance="primary"
                type="submit"
                form="share-form"
                disabledFocusable={!state.canSend}
                icon={state.status.kind === 'sending' ? <Spinner size="tiny" aria-hidden /> : undefined}
              >
                {state.status.kind === 'sending' ? 'Sending…' : 'Send'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </>
          )}
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}

type Styles = ReturnType<typeof useShareDialogStyles>;

function ShareForm({ state, styles, onSignIn }: { state: ShareDialogState; styles: Styles; onSignIn?: (() => void) | undefined }) {
  const sending = state.status.kind === 'sending';
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
          draft={state.draft}
          error={state.draftError}
          disabled={sending}
          onDraftChange={state.setDraft}
          onCommit={state.commitDraft}
          onRemove={state.removeRecipient}
        />
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
            disabled={sending}
            onChange={(_event, data) => state.setRequireSignIn(data.checked)}
          />
          <Switch
            label="Send invitation email"
            checked={state.sendInvitation}
            disabled={sending}
            onChange={(_event, data) => state.setSendInvitation(data.checked)}
          />
        </div>
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

function ShareResults({ state, status, styles }: { state: ShareDialogState; status: { permissions: Permission[] }; styles: Styles }) {
  const people = status.permissions.length;
  return (
    <DialogContent className={styles.results}>
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          Shared “{state.item.name}” with {people === 1 ? '1 person' : `${numberFormat.format(people)} people`}.
        </MessageBarBody>
      </MessageBar>
      <PermissionTable permissions={status.permissions} />
    </DialogContent>
  );
}
