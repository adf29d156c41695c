import {
  Avatar,
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
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
import type { Permission } from '../../lib/graph';
import { summarizePermission } from './permission-summary';

const useStyles = makeStyles({
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all', userSelect: 'all' },
  detailsColumn: { width: '120px' },
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
                <Popover withArrow>
                  <PopoverTrigger disableButtonEnhancement>
                    <Button size="small" appearance="subtle" icon={<Info16Regular />} aria-label={`Permission ID for ${summary.name}`}>
                      ID
                    </Button>
                  </PopoverTrigger>
                  <PopoverSurface aria-label={`Permission ID for ${summary.name}`}>
                    <div>Permission ID</div>
                    <code className={styles.id}>{summary.id}</code>
                  </PopoverSurface>
                </Popover>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
