import {
  Avatar,
  Button,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Info16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Permission } from '../../lib/graph';
import { summarizePermission } from './permission-summary';

const useStyles = makeStyles({
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all', userSelect: 'all' },
  detailsColumn: { width: '200px' },
  details: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
});

/** One row per permission Graph returned: who, what access, whether sign-in is required. */
export function PermissionTable({ permissions }: { permissions: readonly Permission[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="People who now have access" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Person</TableHeaderCell>
          <TableHeaderCell>Access</TableHeaderCell>
          <TableHeaderCell>Sign-in</TableHeaderCell>
          <TableHeaderCell className={styles.detailsColumn}>Details</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {permissions.map((permission) => {
          const summary = summarizePermission(permission);
          return (
            <TableRow key={summary.id}>
              <TableCell>
                <TableCellLayout
                  media={<Avatar aria-hidden name={summary.name} color="colorful" />}
                  description={summary.email && summary.email !== summary.name ? summary.email : undefined}
                >
                  {summary.name}
                </TableCellLayout>
              </TableCell>
              <TableCell>{summary.access}</TableCell>
              <TableCell>
                {summary.signInRequired === undefined ? '—' : summary.signInRequired ? 'Required' : 'Not required'}
              </TableCell>
              <TableCell>
                <PermissionId id={summary.id} name={summary.name} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The permission id is for support and scripts, so it is one press away rather than always shown. */
function PermissionId({ id, name }: { id: string; name: string }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const regionId = useId();
  return (
    <div className={styles.details}>
      <Button
        size="small"
        appearance="subtle"
        icon={<Info16Regular />}
        aria-expanded={shown}
        aria-controls={regionId}
        aria-label={`Permission ID for ${name}`}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? 'Hide ID' : 'Show ID'}
      </Button>
      <code id={regionId} className={styles.id} hidden={!shown}>
        {id}
      </code>
    </div>
  );
}
