import type { InteractiveRequest } from '../../../lib/auth';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, useFluent } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DriveItemRef } from '../../../lib/graph';
import { ManyForm } from './many-form';
import { selectionKeyOf } from './many-plan';
import { ManyResults } from './many-results';
import { useShareManyStyles } from './share-many-dialog.styles';
import { useShareMany, type ShareManyEnding } from './use-share-many';

export type { ShareManyEnding } from './use-share-many';

export interface ShareManyDialogProps {
  /** The items to share together; the dialog is open while this is set. */
  items: readonly DriveItemRef[] | null;
  /**
   * The dialog closed, with each item's outcome. Asked to close while sending, it first stops
   * after the batches in flight (as Cancel does), then calls this with what they answered.
   */
  onClose: (ending: ShareManyEnding) => void;
  /**
   * Shown above the form and the outcome, e.g. what an embedding portal asked for that could not
   * be opened; told whether Send has run, so it can speak of what will be and what was done.
   */
  renderNotice?: ((sent: boolean) => ReactNode) | undefined;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
  /** Most recipients one Send may name. */
  recipientCap?: number | undefined;
  /**
   * The "Manage access" view for one item, supplied by the app (features never import each other);
   * opened from that item's outcome. Without it the outcome offers no Manage access.
   */
  renderManageAccess?: ((item: DriveItemRef) => ReactNode) | undefined;
  className?: string;
}

type ContentProps = ShareManyDialogProps & { items: readonly DriveItemRef[]; closeRef: MutableRefObject<(() => void) | null> };

export function ShareManyDialog(props: ShareManyDialogProps) {
  const [shown, setShown] = useState(props.items);
  // Escape reaches the Dialog, above the content that knows whether a send or Manage access is open.
  const closeRef = useRef<(() => void) | null>(null);
  if (props.items !== null && props.items !== shown) setShown(props.items);
  if (!shown || shown.length === 0) return null;
  return (
    <Dialog open={props.items !== null} onOpenChange={(_event, data) => (data.open ? undefined : closeRef.current?.())} modalType="modal">
      <ShareManyContent key={shown.map(selectionKeyOf).join('|')} {...props} items={shown} closeRef={closeRef} />
    </Dialog>
  );
}

function ShareManyContent({ items, onClose, renderNotice, onSignIn, recipientCap, renderManageAccess, className, closeRef }: ContentProps) {
  const intl = useIntl();
  // Back points the way the text came from: left in English and German, right in Arabic.
  const { dir } = useFluent();
  const state = useShareMany({ items, cap: recipientCap, onClose });
  const styles = useShareManyStyles(className);
  const { status } = state;
  const surface = useRef<HTMLDivElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  // The item whose Manage access was opened last, to give its button focus back.
  const managed = useRef<string | null>(null);

  // Focus would otherwise fall to the surface when the pressed button disappears.
  function openManageAccess(item: DriveItemRef) {
    managed.current = selectionKeyOf(item);
    state.openManageAccess(item);
    requestAnimationFrame(() => backButton.current?.focus());
  }
  function closeManageAccess() {
    state.closeManageAccess();
    requestAnimationFrame(() => {
      const key = managed.current;
      const button = key ? surface.current?.querySelector<HTMLElement>(`[data-manage-access="${CSS.escape(key)}"]`) : undefined;
      button?.focus();
    });
  }

  // Escape in Manage access leads back to the outcome; otherwise it closes (while sending, once the
  // batches in flight have answered, so the ending holds what landed).
  const requestClose = status.kind === 'managing' ? closeManageAccess : state.close;
  useEffect(() => {
    closeRef.current = requestClose;
    return () => {
      closeRef.current = null;
    };
  });

  let body: ReactNode;
  let actions: ReactNode;
  switch (status.kind) {
    case 'managing':
      body = renderManageAccess?.(status.item);
      actions = (
        <>
          <Button ref={backButton} appearance="primary" icon={dir === 'rtl' ? <ArrowRight20Regular /> : <ArrowLeft20Regular />} onClick={closeManageAccess}>
            <FormattedMessage id="share.many.backToOutcome" />
          </Button>
          <Button onClick={state.close}>
            <FormattedMessage id="share.dialog.close" />
          </Button>
        </>
      );
      break;
    case 'sent':
      body = <ManyResults state={state} styles={styles} onManageAccess={renderManageAccess ? openManageAccess : undefined} />;
      actions = (
        <>
          {state.retryableCount > 0 ? (
            <Button appearance="primary" onClick={state.retryFailed}>
              <FormattedMessage id="share.many.retryFailed" />
            </Button>
          ) : null}
          <Button appearance={state.retryableCount > 0 ? 'secondary' : 'primary'} onClick={state.close}>
            <FormattedMessage id="share.dialog.done" />
          </Button>
        </>
      );
      break;
    case 'sending':
      body = <ManyForm state={state} styles={styles} onSignIn={onSignIn} />;
      actions = (
        <Button onClick={state.cancel} disabled={status.cancelling}>
          <FormattedMessage id="share.dialog.cancel" />
        </Button>
      );
      break;
    case 'editing':
    case 'confirming-external':
      body = <ManyForm state={state} styles={styles} onSignIn={onSignIn} />;
      actions = (
        <>
          <Button onClick={state.close}>
            <FormattedMessage id="share.dialog.cancel" />
          </Button>
          <Button appearance="primary" type="submit" form="share-many-form" disabled={!state.canSend}>
            <FormattedMessage id="share.dialog.send" />
          </Button>
        </>
      );
      break;
  }

  return (
    <DialogSurface ref={surface} className={styles.surface} aria-label={intl.formatMessage({ id: 'share.many.title' }, { count: items.length })}>
      <DialogBody>
        <DialogTitle className={styles.title}>
          {status.kind === 'managing' ? (
            intl.formatMessage({ id: 'share.dialog.manageTitle' }, { name: status.item.name })
          ) : (
            <FormattedMessage id="share.many.title" values={{ count: items.length }} />
          )}
        </DialogTitle>
        <DialogContent>
          {renderNotice?.(status.kind === 'sent' || status.kind === 'managing')}
          {body}
        </DialogContent>
        <DialogActions className={styles.actions}>{actions}</DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
