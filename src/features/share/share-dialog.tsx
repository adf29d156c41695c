import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  useFluent,
} from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, People20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DriveItemRef } from '../../lib/graph';
import { ShareOptionsGate } from './options/share-options-gate';
import { useShareOptions } from './options/use-share-options';
import { useShareDialogStyles } from './share-dialog.styles';
import type { ShareDialogProps } from './share-dialog.types';
import { ShareForm } from './share-form';
import { ShareResults } from './share-results';
import { useShareDialog } from './use-share-dialog';

export function ShareDialog({ item, onClose, onSignIn, renderManageAccess, className, recipientCap, defaults, onSent }: ShareDialogProps) {
  // Keep showing the last item while the dialog animates closed.
  const [shown, setShown] = useState(item);
  if (item !== null && item !== shown) setShown(item);
  if (!shown) return null;
  return (
    <Dialog open={item !== null} onOpenChange={(_event, data) => (data.open ? undefined : onClose())} modalType="modal">
      {/* A key per item resets everything typed when another item is shared. */}
      <ShareDialogContent
        key={`${shown.driveId}/${shown.itemId}`}
        item={shown}
        onClose={onClose}
        onSignIn={onSignIn}
        renderManageAccess={renderManageAccess}
        className={className}
        recipientCap={recipientCap}
        defaults={defaults}
        onSent={onSent}
      />
    </Dialog>
  );
}

function ShareDialogContent(props: {
  item: DriveItemRef;
  onClose: () => void;
  onSignIn?: (() => void) | undefined;
  renderManageAccess?: ShareDialogProps['renderManageAccess'] | undefined;
  className?: string | undefined;
  recipientCap?: number | undefined;
  defaults?: ShareDialogProps['defaults'];
  onSent?: ShareDialogProps['onSent'];
}) {
  const intl = useIntl();
  // Back points the way the text came from: left in English and German, right in Arabic.
  const { dir } = useFluent();
  const options = useShareOptions(props.item);
  const state = useShareDialog(props.item, props.recipientCap, options.invite, options.valid, props.defaults, props.onSent);
  const styles = useShareDialogStyles(props.className);
  // Manage access replaces the body but keeps the share state (typed recipients, outcome) alive.
  const [managing, setManaging] = useState(false);
  const manageButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const name = props.item.name;
  const title = intl.formatMessage({ id: managing ? 'share.dialog.manageTitle' : 'share.dialog.title' }, { name });
  // The form appears only once the item and its drive are read and the item can be shared at all.
  const gated = options.status !== 'ready' || options.capabilities?.shareable.available !== true;

  function openManageAccess() {
    setManaging(true);
    // Focus would otherwise fall to the surface when the pressed button disappears.
    requestAnimationFrame(() => backButton.current?.focus());
  }
  function closeManageAccess() {
    setManaging(false);
    requestAnimationFrame(() => manageButton.current?.focus());
  }

  const manageAccess = props.renderManageAccess ? (
    <Button ref={manageButton} icon={<People20Regular />} onClick={openManageAccess} disabled={state.status.kind === 'sending'}>
      <FormattedMessage id="share.dialog.manageAccess" />
    </Button>
  ) : null;
  const close = (
    <Button onClick={props.onClose}>
      <FormattedMessage id="share.dialog.close" />
    </Button>
  );

  return (
    <DialogSurface className={styles.surface} aria-label={intl.formatMessage({ id: 'share.dialog.label' }, { name })}>
      <DialogBody>
        <DialogTitle className={styles.title}>{title}</DialogTitle>
        {managing && props.renderManageAccess ? (
          <DialogContent>{props.renderManageAccess(props.item)}</DialogContent>
        ) : gated ? (
          <ShareOptionsGate options={options} onSignIn={props.onSignIn} />
        ) : state.status.kind === 'sent' ? (
          <ShareResults state={state} status={state.status} styles={styles} onSignIn={props.onSignIn} />
        ) : (
          <ShareForm state={state} styles={styles} onSignIn={props.onSignIn} options={options} />
        )}
        <DialogActions>
          {managing ? (
            <>
              <Button ref={backButton} appearance="primary" icon={dir === 'rtl' ? <ArrowRight20Regular /> : <ArrowLeft20Regular />} onClick={closeManageAccess}>
                <FormattedMessage id="share.dialog.backToSharing" />
              </Button>
              {close}
            </>
          ) : gated ? (
            close
          ) : state.status.kind === 'sent' ? (
            <>
              <Button appearance="primary" onClick={props.onClose}>
                <FormattedMessage id="share.dialog.done" />
              </Button>
              <Button onClick={state.shareAgain}>
                <FormattedMessage id="share.dialog.shareAgain" />
              </Button>
              {manageAccess}
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
                <FormattedMessage id={state.status.kind === 'sending' ? 'share.dialog.sending' : 'share.dialog.send'} />
              </Button>
              <Button onClick={props.onClose}>
                <FormattedMessage id="share.dialog.cancel" />
              </Button>
              {manageAccess}
            </>
          )}
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
