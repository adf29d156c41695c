import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, useFluent } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, People20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DriveItemRef } from '../../lib/graph';
import { ShareGateNotice } from './options/share-gate-notice';
import { ShareDialogBoundary } from './share-dialog-boundary';
import { useShareDialogStyles } from './share-dialog.styles';
import type { ShareDialogProps } from './share-dialog.types';
import { ShareForm } from './share-form';
import { ShareResults } from './share-results';
import { SendChecking, SendUnknown } from './send/send-notices';
import { useShareAnnouncements } from './use-share-announcements';
import { useShareDialog } from './use-share-dialog';
import { useSignInAgain } from './use-sign-in-again';

type ContentProps = Omit<ShareDialogProps, 'item'> & { item: DriveItemRef; open: boolean; closeRef: MutableRefObject<(() => void) | null> };

export function ShareDialog(props: ShareDialogProps) {
  const { item, onClose } = props;
  // Keep showing the last item while the dialog animates closed.
  const [shown, setShown] = useState(item);
  // Escape reaches the Dialog, above the content that owns the send: it asks the content to close.
  const closeRef = useRef<(() => void) | null>(null);
  if (item !== null && item !== shown) setShown(item);
  if (!shown) return null;
  return (
    <Dialog open={item !== null} onOpenChange={(_event, data) => (data.open ? undefined : (closeRef.current ?? onClose)())} modalType="modal">
      {/* A key per item starts each item's dialog afresh (from its own kept draft, if any). */}
      <ShareDialogBoundary key={`${shown.driveId}/${shown.itemId}`} name={shown.name} onClose={() => onClose()}>
        <ShareDialogContent {...props} item={shown} open={item !== null} closeRef={closeRef} />
      </ShareDialogBoundary>
    </Dialog>
  );
}

function ShareDialogContent({
  item,
  open,
  onClose,
  onSignIn,
  canSignInHere = false,
  renderManageAccess,
  className,
  recipientCap,
  defaults,
  onSent,
  closeRef,
}: ContentProps) {
  const intl = useIntl();
  // Back points the way the text came from: left in English and German, right in Arabic.
  const { dir } = useFluent();
  const state = useShareDialog({ item, defaults, cap: recipientCap, onSent, onClose, open });
  const close = state.close;
  useEffect(() => {
    closeRef.current = close;
    return () => {
      closeRef.current = null;
    };
  }, [closeRef, close]);
  const styles = useShareDialogStyles(className);
  const signInAgain = useSignInAgain({ item, signIn: onSignIn, canSignInHere });
  const manageButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const { view } = state;
  useShareAnnouncements(view);

  // Focus would otherwise fall to the surface when the pressed button disappears.
  function openManageAccess() {
    state.openManageAccess();
    requestAnimationFrame(() => backButton.current?.focus());
  }
  function closeManageAccess() {
    state.closeManageAccess();
    requestAnimationFrame(() => manageButton.current?.focus());
  }

  const manageAccess = renderManageAccess ? (
    <Button ref={manageButton} icon={<People20Regular />} onClick={openManageAccess} disabled={view.kind === 'sending' || view.kind === 'checking'}>
      <FormattedMessage id="share.dialog.manageAccess" />
    </Button>
  ) : null;
  const button = (id: 'share.dialog.close' | 'share.dialog.cancel') => (
    <Button onClick={state.close}>
      <FormattedMessage id={id} />
    </Button>
  );

  let body: ReactNode;
  let actions: ReactNode;
  switch (view.kind) {
    case 'managing':
      body = <DialogContent>{renderManageAccess?.(item)}</DialogContent>;
      actions = (
        <>
          <Button ref={backButton} appearance="primary" icon={dir === 'rtl' ? <ArrowRight20Regular /> : <ArrowLeft20Regular />} onClick={closeManageAccess}>
            <FormattedMessage id="share.dialog.backToSharing" />
          </Button>
          {button('share.dialog.close')}
        </>
      );
      break;
    case 'gated':
      body = <ShareGateNotice gate={view.gate} onRetry={state.retryReadingItem} signInAgain={signInAgain} />;
      actions = button('share.dialog.close');
      break;
    case 'checking':
      body = <SendChecking view={view} />;
      actions = button('share.dialog.cancel');
      break;
    case 'unknown':
      body = <SendUnknown view={view} message={signInAgain.messageFor(view.checkError, state.checkAgain, 'none')} />;
      actions = (
        <>
          <Button appearance="primary" onClick={state.checkAgain}>
            <FormattedMessage id="share.lost.checkAgain" />
          </Button>
          {button('share.dialog.close')}
        </>
      );
      break;
    case 'sent':
      body = <ShareResults item={item} view={view} onRetry={state.retry} onStopRetry={state.stopSending} styles={styles} signInAgain={signInAgain} />;
      actions = (
        <>
          <Button appearance="primary" onClick={state.close}>
            <FormattedMessage id="share.dialog.done" />
          </Button>
          <Button onClick={state.shareAgain}>
            <FormattedMessage id="share.dialog.shareAgain" />
          </Button>
          {manageAccess}
        </>
      );
      break;
    case 'editing':
    case 'confirming-external':
    case 'sending': {
      const sending = view.kind === 'sending';
      body = <ShareForm state={state} styles={styles} signInAgain={signInAgain} />;
      actions = (
        <>
          <Button
            appearance="primary"
            type="submit"
            form="share-form"
            disabledFocusable={!state.canSend}
            icon={sending ? <Spinner size="tiny" aria-hidden /> : undefined}
          >
            <FormattedMessage id={sending ? 'share.dialog.sending' : 'share.dialog.send'} />
          </Button>
          {button('share.dialog.cancel')}
          {manageAccess}
        </>
      );
      break;
    }
  }

  const name = item.name;
  return (
    <DialogSurface className={styles.surface} aria-label={intl.formatMessage({ id: 'share.dialog.label' }, { name })}>
      <DialogBody>
        <DialogTitle className={styles.title}>
          {intl.formatMessage({ id: view.kind === 'managing' ? 'share.dialog.manageTitle' : 'share.dialog.title' }, { name })}
        </DialogTitle>
        {body}
        <DialogActions fluid className={styles.actions}>
          {actions}
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
