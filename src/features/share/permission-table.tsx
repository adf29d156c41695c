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
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatText } from '../../components/display-text';
import type { RecipientOutcome } from './send/recipient-outcome';
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

const COLUMNS = ['share.table.person', 'share.table.access', 'share.table.signIn', 'share.table.notification', 'share.table.details'] as const;

/** One row per recipient who has access: who, what access, sign-in, and whether they were notified. */
export function PermissionTable({ outcomes, invitationsRequested }: { outcomes: readonly GrantedOutcome[]; invitationsRequested: boolean }) {
  const styles = useStyles();
  const intl = useIntl();
  const formatText = useFormatText();
  return (
    <Table aria-label={intl.formatMessage({ id: 'share.table.label' })} size="small">
      <TableHeader>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableHeaderCell key={column} className={column === 'share.table.details' ? styles.detailsColumn : undefined}>
              <FormattedMessage id={column} />
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcomes.map((outcome) => {
          const summary = summarizePermission(outcome.permission);
          const name = summary.name ?? intl.formatMessage({ id: 'share.table.unknownRecipient' });
          return (
            <TableRow key={summary.id}>
              <TableCell>
                <TableCellLayout
                  media={<Avatar aria-hidden name={name} color="colorful" />}
                  description={summary.email && summary.email !== name ? summary.email : undefined}
                >
                  {name}
                </TableCellLayout>
              </TableCell>
              <TableCell>{summary.access ? formatText(summary.access) : intl.formatList(summary.roles, { type: 'unit', style: 'short' })}</TableCell>
              <TableCell>
                {summary.signInRequired === undefined ? (
                  '—'
                ) : (
                  <FormattedMessage id={summary.signInRequired ? 'share.table.signInRequired' : 'share.table.signInNotRequired'} />
                )}
              </TableCell>
              <TableCell>
                {outcome.kind === 'not-notified' ? (
                  <div className={styles.problem}>
                    <span className={styles.problemTitle}>
                      <FormattedMessage id="share.table.notNotified" />
                    </span>
                    <span>{outcome.problem.graphMessage ?? formatText(outcome.problem.sentence)}</span>
                    {outcome.problem.innerCode ?? outcome.problem.code ? (
                      <span className={styles.problemCode}>{outcome.problem.innerCode ?? outcome.problem.code}</span>
                    ) : null}
                    {outcome.problem.fixItUrl ? (
                      <Link href={outcome.problem.fixItUrl} target="_blank" rel="noopener noreferrer">
                        <FormattedMessage id="share.table.fixIt" />
                      </Link>
                    ) : null}
                  </div>
                ) : (
                  <FormattedMessage id={invitationsRequested ? 'share.table.emailSent' : 'share.table.noEmail'} />
                )}
              </TableCell>
              <TableCell>
                <PermissionId id={summary.id} name={name} />
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
  const intl = useIntl();
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
        aria-label={intl.formatMessage({ id: 'share.table.permissionId' }, { name })}
        onClick={() => setShown((value) => !value)}
      >
        <FormattedMessage id={shown ? 'share.table.hideId' : 'share.table.showId'} />
      </Button>
      <code id={regionId} className={styles.id} hidden={!shown}>
        {id}
      </code>
    </div>
  );
}
