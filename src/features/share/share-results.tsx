import { DialogContent, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Permission } from '../../lib/graph';
import { PermissionTable } from './permission-table';
import type { ShareDialogStyles } from './share-dialog.styles';
import type { ShareDialogState } from './share-dialog.types';

const numberFormat = new Intl.NumberFormat();

export function ShareResults({ state, status, styles }: { state: ShareDialogState; status: { permissions: Permission[] }; styles: ShareDialogStyles }) {
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
