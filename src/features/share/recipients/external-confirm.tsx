import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Recipient } from './recipient.types';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, maxHeight: '30vh', overflowY: 'auto' },
});

interface ExternalConfirmProps {
  /** The external recipients to confirm; the dialog is open while this is set. */
  externals: readonly Recipient[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asked before Send when anyone is outside the organization, naming each of them. */
export function ExternalConfirm({ externals, onConfirm, onCancel }: ExternalConfirmProps) {
  const styles = useStyles();
  const intl = useIntl();
  const count = externals?.length ?? 0;
  return (
    <Dialog open={externals !== null} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            <FormattedMessage id="share.external.title" />
          </DialogTitle>
          <DialogContent>
            <p>
              <FormattedMessage id="share.external.body" values={{ count }} />
            </p>
            {/* Focusable so a keyboard can scroll a long list (axe: scrollable-region-focusable). */}
            <ul className={styles.list} tabIndex={0} aria-label={intl.formatMessage({ id: 'share.external.list' })}>
              {(externals ?? []).map((recipient) => (
                <li key={recipient.key}>
                  {recipient.email && recipient.label !== recipient.email ? `${recipient.label} (${recipient.email})` : recipient.label}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              <FormattedMessage id="share.external.confirm" />
            </Button>
            <Button onClick={onCancel}>
              <FormattedMessage id="share.external.back" />
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
