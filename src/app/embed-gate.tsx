import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { FormattedMessage } from 'react-intl';

/** Everything before and after the share dialog, as a modal of its own so the frame is never blank. */
export function Gate({ children, actions, onClose }: { children: React.ReactNode; actions: React.ReactNode; onClose: () => void }) {
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            <FormattedMessage id="embed.gate.title" />
          </DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function CloseButton({ onClick }: { onClick: () => void }) {
  return (
    <Button appearance="primary" onClick={onClick}>
      <FormattedMessage id="embed.close" />
    </Button>
  );
}
