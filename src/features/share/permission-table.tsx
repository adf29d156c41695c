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
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Info16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { RecipientOutcome } from './outcome/recipient-outcome';
import { summarizePermission } from './permission-summary';

/** The recipients who now have access, whether or not their email went out. */
export type GrantedOutcome = Extract<RecipientOutcome, { permission: unknown }>;

const useStyles = makeStyles({
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all', userSelect: 'all' },
  detailsColumn: { width: '200px' },
  details: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  problem: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  problemTitle: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  problemCode: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyMonospace },
});

/** One row per recipient who has access: who, what access, sign-in, and whether they were notified. */
export function PermissionTable({ outcomes, invitationsRequested }: { outcomes: readonly GrantedOutcome[]; invitationsRequested: boolean }) {
  const styles = useStyles();
  return (
    <Table aria-label="People who now have access" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Person</TableHeaderCell>
          <TableHeaderCell>Access</TableHeaderCell>
          <TableHeaderCell>Sign-in</TableHeaderCell>
          <TableHeaderCell>Notification</TableHeaderCell>
          <TableHeaderCell className={styles.detailsColumn}>Details</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcomes.map((outcome) => {
          const summary = summarizePermission(outcome.permission);
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
                {outcome.kind === 'not-notified' ? (
                  <div className={styles.problem}>
                    <span className={styles.problemTitle}>Not notified</span>
                    <span>{outcome.problem.sentence}</span>
                    {outcome.problem.innerCode ?? outcome.problem.code ? (
                      <span className={styles.problemCode}>{outcome.problem.innerCode ?? outcome.problem.code}</span>
                    ) : null}
                    {outcome.problem.fixItUrl ? (
                      <Link href={outcome.problem.fixItUrl} target="_blank" rel="noopener noreferrer">
                        Fix this problem (opens in a new tab)
                      </Link>
                    ) : null}
                  </div>
                ) : invitationsRequested ? (
                  'Email sent'
                ) : (
                  'No email (not requested)'
                )}
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
