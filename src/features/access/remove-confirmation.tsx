import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import type { ManageAccessState } from './manage-access.types';

/** "Remove Alex Wilber?" — an alert dialog whose confirming button is also named Remove. */
export function RemoveConfirmation({ state }: { state: ManageAccessState }) {
  const entry = state.confirming;
  const removing = entry !== undefined && state.busyId === entry.id;
  const subject = entry?.link ? `the link “${entry.name}”` : entry?.name;
  return (
    <Dialog open={entry !== undefined} modalType="alert" onOpenChange={(_event, data) => (data.open || removing ? undefined : state.cancelRemove())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Remove {subject}?</DialogTitle>
          <DialogContent>
            {entry?.link
              ? `Anyone using this link loses access to “${state.item.name}”. People who have access another way keep it.`
              : `${entry?.name ?? ''} will no longer have access to “${state.item.name}”, unless they have it another way (a group, a link or a folder above).`}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={removing}
              icon={removing ? <Spinner size="tiny" aria-hidden /> : undefined}
              onClick={state.confirmRemove}
            >
              Remove
            </Button>
            <Button disabled={removing} onClick={state.cancelRemove}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
