import { Avatar, Badge, Button, Dropdown, Option, Spinner } from '@fluentui/react-components';
import { Copy20Regular, Delete20Regular, Link20Regular, LockClosed16Regular, People20Regular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';
import type { AccessEntry } from './access-entry';
import type { ManageAccessStyles } from './manage-access.styles';
import type { ManageAccessState } from './manage-access.types';
import { RemoveConfirmation } from './remove-confirmation';

interface EntryProps {
  entry: AccessEntry;
  state: ManageAccessState;
  styles: ManageAccessStyles;
}

const ROLE_LABELS = { read: 'Can view', write: 'Can edit' } as const;

/** One person, group or owner: who, their access, and (when Graph allows) change or remove it. */
export function AccessEntryItem({ entry, state, styles }: EntryProps) {
  const nameId = useId();
  const reasonId = useId();
  const busy = state.busyId === entry.id;
  const waiting = state.busyId !== undefined;
  const confirming = state.confirming?.id === entry.id;
  const removeButton = useRef<HTMLButtonElement>(null);
  return (
    <li className={styles.entry} aria-labelledby={nameId}>
      <div className={styles.who}>
        <Avatar aria-hidden name={entry.name} color="colorful" icon={entry.kind === 'group' ? <People20Regular /> : undefined} />
        <div className={styles.names}>
          <span id={nameId}>{entry.name}</span>
          {entry.email ? <span className={styles.secondary}>{entry.email}</span> : null}
          {entry.pending ? <span className={styles.secondary}>Invited; has not opened it yet</span> : null}
        </div>
        {entry.kind === 'owner' ? <Badge appearance="tint">Owner</Badge> : null}
        {entry.kind === 'group' ? <Badge appearance="outline">Group</Badge> : null}
      </div>
      <div className={styles.controls}>
        {busy ? <Spinner size="tiny" aria-label={`Saving ${entry.name}'s access`} /> : null}
        {entry.roleLocked ? (
          <div className={styles.locked}>
            <span>{entry.access}</span>
            <span id={reasonId} className={styles.secondary}>
              {entry.roleLocked}
            </span>
          </div>
        ) : (
          <Dropdown
            className={styles.roleDropdown}
            aria-label={`Permission for ${entry.name}`}
            // Unknown roles (sp.*) are shown as Graph wrote them until someone picks a new one.
            value={entry.role ? ROLE_LABELS[entry.role] : entry.access}
            selectedOptions={entry.role ? [entry.role] : []}
            disabled={waiting}
            onOptionSelect={(_event, data) => {
              if (data.optionValue === 'read' || data.optionValue === 'write') state.changeRole(entry, data.optionValue);
            }}
          >
            <Option value="read">Can view</Option>
            <Option value="write">Can edit</Option>
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
            Remove
          </Button>
        )}
      </div>
      {confirming ? <RemoveConfirmation entry={entry} state={state} styles={styles} returnFocus={removeButton} /> : null}
    </li>
  );
}

/** One sharing link: scope, access, expiry, password, who it works for; copy or remove it. */
export function LinkEntryItem({ entry, state, styles }: EntryProps) {
  const nameId = useId();
  const removeButton = useRef<HTMLButtonElement>(null);
  const link = entry.link;
  if (!link) return null;
  const waiting = state.busyId !== undefined;
  const confirming = state.confirming?.id === entry.id;
  const description = `${link.scope} · ${link.access}`;
  return (
    <li className={styles.entry} aria-labelledby={nameId}>
      <div className={styles.who}>
        <Avatar aria-hidden icon={<Link20Regular />} color="neutral" />
        <div className={styles.names}>
          <span id={nameId}>{description}</span>
          <span className={styles.facts}>
            {link.expiry ? <span>{link.expiry}</span> : null}
            {link.hasPassword ? (
              <span>
                <LockClosed16Regular aria-hidden /> Password protected
              </span>
            ) : null}
            {link.createdBy ? <span>Created by {link.createdBy}</span> : null}
            {link.grantedTo.length > 0 ? <span>Works for {link.grantedTo.join(', ')}</span> : null}
            {entry.inheritedFrom ? <span>Inherited from {entry.inheritedFrom}</span> : null}
          </span>
          {entry.roleLocked && !entry.inheritedFrom ? <span className={styles.secondary}>{entry.roleLocked}</span> : null}
        </div>
      </div>
      <div className={styles.controls}>
        {state.busyId === entry.id ? <Spinner size="tiny" aria-label="Removing the link" /> : null}
        {link.webUrl ? (
          <Button appearance="subtle" icon={<Copy20Regular />} aria-describedby={nameId} onClick={() => state.copyLink(entry)}>
            Copy link
          </Button>
        ) : null}
        {entry.removeLocked ? (
          <span className={styles.secondary}>{entry.removeLocked}</span>
        ) : confirming ? null : (
          <Button ref={removeButton} appearance="subtle" icon={<Delete20Regular />} aria-describedby={nameId} disabledFocusable={waiting} onClick={() => state.askRemove(entry)}>
            Remove
          </Button>
        )}
      </div>
      {confirming ? <RemoveConfirmation entry={entry} state={state} styles={styles} returnFocus={removeButton} /> : null}
    </li>
  );
}
