import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { recipientName, type ValidRecipient } from './recipient.types';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, maxHeight: '30vh', overflowY: 'auto' },
});

interface ExternalConfirmProps {
  /** The external recipients to confirm; the dialog is open while this is set. */
  externals: readonly ValidRecipient[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asked before Send when anyone is outside the organization, naming each of them. */
export function ExternalConfirm({ externals, onConfirm, onCancel }: ExternalConfirmProps) {
  const styles = useStyles();
  const count = externals?.length ?? 0;
  return (
    <Dialog open={externals !== null} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Share outside your organization?</DialogTitle>
          <DialogContent>
            <p>
              {count === 1 ? 'This recipient is' : `These ${count} recipients are`} outside your organization and will get access too:
            </p>
            {/* Focusable so a keyboard can scroll a long list (axe: scrollable-region-focusable). */}
            <ul className={styles.list} tabIndex={0} aria-label="Recipients outside your organization">
              {(externals ?? []).map((chip) => (
                <li key={chip.key}>{chip.displayName && chip.email ? `${chip.displayName} (${chip.email})` : recipientName(chip)}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Share with them
            </Button>
            <Button onClick={onCancel}>Go back</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
