import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import { ArrowLeft20Regular, People20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
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
  const options = useShareOptions(props.item);
  const state = useShareDialog(props.item, props.recipientCap, options.invite, options.valid, props.defaults, props.onSent);
  const styles = useShareDialogStyles(props.className);
  // Manage access replaces the body but keeps the share state (typed recipients, outcome) alive.
  const [managing, setManaging] = useState(false);
  const manageButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const title = managing ? `Manage access to “${props.item.name}”` : `Share “${props.item.name}”`;
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
      Manage access
    </Button>
  ) : null;

  return (
    <DialogSurface className={styles.surface} aria-label={`Share "${props.item.name}"`}>
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
              <Button ref={backButton} appearance="primary" icon={<ArrowLeft20Regular />} onClick={closeManageAccess}>
                Back to sharing
              </Button>
              <Button onClick={props.onClose}>Close</Button>
            </>
          ) : gated ? (
            <Button onClick={props.onClose}>Close</Button>
          ) : state.status.kind === 'sent' ? (
            <>
              <Button appearance="primary" onClick={props.onClose}>
                Done
              </Button>
              <Button onClick={state.shareAgain}>Share with others</Button>
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
                {state.status.kind === 'sending' ? 'Sending…' : 'Send'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
              {manageAccess}
            </>
          )}
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
