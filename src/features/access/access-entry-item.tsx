import { Avatar, Badge, Button, Dropdown, Option, Spinner } from '@fluentui/react-components';
import { Copy20Regular, Delete20Regular, Link20Regular, LockClosed16Regular, People20Regular } from '@fluentui/react-icons';
import { useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormatText } from '../../components/display-text';
import { isGrantableRole } from '../../lib/graph';
import type { AccessEntry, Expiry } from './access-entry';
import type { ManageAccessStyles } from './manage-access.styles';
import type { ManageAccessState } from './manage-access.types';
import { RemoveConfirmation } from './remove-confirmation';

interface EntryProps {
  entry: AccessEntry;
  state: ManageAccessState;
  styles: ManageAccessStyles;
}

const ROLE_LABELS = { read: 'common.role.read', write: 'common.role.write' } as const;

function formatExpiry(intl: IntlShape, expiry: Expiry): string {
  if (expiry.kind === 'none') return intl.formatMessage({ id: 'access.link.noExpiry' });
  if (expiry.kind === 'unreadable') return expiry.value;
  return intl.formatMessage({ id: 'access.link.expires' }, { date: intl.formatDate(expiry.date, { dateStyle: 'medium' }) });
}

/** One person, group or owner: who, their access, and (when Graph allows) change or remove it. */
export function AccessEntryItem({ entry, state, styles }: EntryProps) {
  const intl = useIntl();
  const text = useFormatText();
  const name = text(entry.name);
  const nameId = useId();
  const reasonId = useId();
  const busy = state.busyId === entry.id;
  const waiting = state.busyId !== undefined;
  const confirming = state.confirming?.id === entry.id;
  const removeButton = useRef<HTMLButtonElement>(null);
  // Controlled for the entry's whole life (Fluent warns when `open` starts to be given mid-way).
  const [roleListOpen, setRoleListOpen] = useState(false);
  return (
    <li className={styles.entry} aria-labelledby={nameId}>
      <div className={styles.who}>
        <Avatar aria-hidden name={name} color="colorful" icon={entry.kind === 'group' ? <People20Regular /> : undefined} />
        <div className={styles.names}>
          <span id={nameId}>{name}</span>
          {entry.email ? <span className={styles.secondary}>{entry.email}</span> : null}
          {entry.pending ? (
            <span className={styles.secondary}>
              <FormattedMessage id="access.entry.pending" />
            </span>
          ) : null}
        </div>
        {entry.kind === 'group' ? (
          <Badge appearance="outline">
            <FormattedMessage id="access.entry.group" />
          </Badge>
        ) : null}
      </div>
      <div className={styles.controls}>
        {busy ? <Spinner size="tiny" aria-label={intl.formatMessage({ id: 'access.entry.saving' }, { name })} /> : null}
        {entry.roleLocked ? (
          <div className={styles.locked}>
            <span>{text(entry.access)}</span>
            <span id={reasonId} className={styles.secondary}>
              <FormattedMessage id={entry.roleLocked.id} values={entry.roleLocked.values} />
            </span>
          </div>
        ) : (
          <Dropdown
            className={styles.roleDropdown}
            aria-label={intl.formatMessage({ id: 'access.entry.permissionFor' }, { name })}
            // Unknown roles (sp.*) are shown as Graph wrote them until someone picks a new one.
            value={entry.role ? intl.formatMessage({ id: ROLE_LABELS[entry.role] }) : text(entry.access)}
            selectedOptions={entry.role ? [entry.role] : []}
            // The entry being saved keeps focus on its own dropdown (a disabled button would drop it to
            // the page): it stays focusable, says it is unavailable, and does not open until saved.
            disabled={waiting && !busy}
            open={roleListOpen && !busy}
            onOpenChange={(_event, data) => setRoleListOpen(data.open && !busy)}
            {...(busy ? { button: { 'aria-disabled': true } } : {})}
            onOptionSelect={(_event, data) => {
              if (isGrantableRole(data.optionValue)) state.changeRole(entry, data.optionValue);
            }}
          >
            <Option value="read" text={intl.formatMessage({ id: ROLE_LABELS.read })}>
              <FormattedMessage id={ROLE_LABELS.read} />
            </Option>
            <Option value="write" text={intl.formatMessage({ id: ROLE_LABELS.write })}>
              <FormattedMessage id={ROLE_LABELS.write} />
            </Option>
          </Dropdown>
        )}
        {entry.removeLocked || confirming ? null : (
          <Button
            ref={removeButton}
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-describedby={nameId}
            disabledFocusable={waiting}
            onClick={() => state.askRemove(entry)}
          >
            <FormattedMessage id="access.entry.remove" />
          </Button>
        )}
      </div>
      {confirming ? <RemoveConfirmation entry={entry} state={state} styles={styles} returnFocus={removeButton} /> : null}
    </li>
  );
}

/** One sharing link: scope, access, expiry, password, who it works for; copy or remove it. */
export function LinkEntryItem({ entry, state, styles }: EntryProps) {
  const intl = useIntl();
  const text = useFormatText();
  const nameId = useId();
  const removeButton = useRef<HTMLButtonElement>(null);
  const link = entry.link;
  if (!link) return null;
  const waiting = state.busyId !== undefined;
  const confirming = state.confirming?.id === entry.id;
  const description = `${text(link.scope)} · ${text(link.access)}`;
  return (
    <li className={styles.entry} aria-labelledby={nameId}>
      <div className={styles.who}>
        <Avatar aria-hidden icon={<Link20Regular />} color="neutral" />
        <div className={styles.names}>
          <span id={nameId}>{description}</span>
          <span className={styles.facts}>
            {link.expiry ? <span>{formatExpiry(intl, link.expiry)}</span> : null}
            {link.hasPassword ? (
              <span>
                <LockClosed16Regular aria-hidden /> <FormattedMessage id="access.link.password" />
              </span>
            ) : null}
            {link.createdBy ? (
              <span>
                <FormattedMessage id="access.link.createdBy" values={{ app: link.createdBy }} />
              </span>
            ) : null}
            {link.grantedTo.length > 0 ? (
              <span>
                <FormattedMessage id="access.link.worksFor" values={{ people: intl.formatList(link.grantedTo, { type: 'conjunction' }) }} />
              </span>
            ) : null}
            {entry.inheritedFrom ? (
              <span>
                <FormattedMessage id="access.link.inherited" values={{ ...entry.inheritedFrom }} />
              </span>
            ) : null}
          </span>
          {entry.roleLocked && !entry.inheritedFrom ? (
            <span className={styles.secondary}>
              <FormattedMessage id={entry.roleLocked.id} values={entry.roleLocked.values} />
            </span>
          ) : null}
        </div>
      </div>
      <div className={styles.controls}>
        {state.busyId === entry.id ? <Spinner size="tiny" aria-label={intl.formatMessage({ id: 'access.link.removing' })} /> : null}
        {link.webUrl ? (
          <Button appearance="subtle" icon={<Copy20Regular />} aria-describedby={nameId} onClick={() => state.copyLink(entry)}>
            <FormattedMessage id="access.link.copy" />
          </Button>
        ) : null}
        {entry.removeLocked ? (
          <span className={styles.secondary}>
            <FormattedMessage id={entry.removeLocked.id} values={entry.removeLocked.values} />
          </span>
        ) : confirming ? null : (
          <Button
            ref={removeButton}
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-describedby={nameId}
            disabledFocusable={waiting}
            onClick={() => state.askRemove(entry)}
          >
            <FormattedMessage id="access.entry.remove" />
          </Button>
        )}
      </div>
      {confirming ? <RemoveConfirmation entry={entry} state={state} styles={styles} returnFocus={removeButton} /> : null}
    </li>
  );
}
