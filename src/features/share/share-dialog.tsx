import { Button, Dialog, DialogActions, DialogBody, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { DriveItemRef } from '../../lib/graph';
import { ShareOptionsGate } from './options/share-options-gate';
import { useShareOptions } from './options/use-share-options';
import { useShareDialogStyles } from './share-dialog.styles';
import type { ShareDialogProps } from './share-dialog.types';
import { ShareForm } from './share-form';
import { ShareResults } from './share-results';
import { useShareDialog } from './use-share-dialog';

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
  const options = useShareOptions(props.item);
  const state = useShareDialog(props.item, options.invite, options.valid);
  const styles = useShareDialogStyles(props.className);
  const title = `Share “${props.item.name}”`;
  // The form appears only once the item and its drive are read and the item can be shared at all.
  const gated = options.status !== 'ready' || options.capabilities?.shareable.available !== true;
  return (
    <DialogSurface className={styles.surface} aria-label={`Share "${props.item.name}"`}>
      <DialogBody>
        <DialogTitle className={styles.title}>{title}</DialogTitle>
        {gated ? (
          <ShareOptionsGate options={options} onSignIn={props.onSignIn} />
        ) : state.status.kind === 'sent' ? (
          <ShareResults state={state} status={state.status} styles={styles} />
        ) : (
          <ShareForm state={state} styles={styles} onSignIn={props.onSignIn} options={options} />
        )}
        <DialogActions>
          {gated ? (
            <Button onClick={props.onClose}>Close</Button>
          ) : state.status.kind === 'sent' ? (
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
