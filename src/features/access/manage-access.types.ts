import type { InteractiveRequest } from '../../lib/auth';
import type { LocalizedText } from '../../i18n';
import type { DriveItemRef } from '../../lib/graph';
import type { AccessEntry, AccessSections } from './access-entry';
import type { GrantableRole } from '../../lib/graph';

export interface ManageAccessProps {
  item: DriveItemRef;
  onSignIn?: ((request: InteractiveRequest) => void) | undefined;
  className?: string | undefined;
}

/** What the panel last has to say: a done change, a stale list, or a failure. */
export type AccessNotice =
  | { kind: 'done'; text: LocalizedText }
  | { kind: 'stale' }
  /** A change or removal whose answer was lost (time-out, dropped connection, 504, unreadable): it may have been made; the list is read again. */
  | { kind: 'lost' }
  | { kind: 'copy-failed'; url: string }
  | { kind: 'error'; title: LocalizedText; error: unknown };

export type AccessListStatus =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | {
      kind: 'ready';
      sections: AccessSections;
      count: number;
      /** Reading the list again (Refresh, or after a change) failed: the sections are as last read. */
      refreshError: unknown;
    };

export interface ManageAccessState {
  item: DriveItemRef;
  list: AccessListStatus;
  /** True while the list is being read again (after a change or a 412). */
  refreshing: boolean;
  notice: AccessNotice | undefined;
  /** The entry whose change or removal is on its way; every control waits meanwhile. */
  busyId: string | undefined;
  /** The entry the Remove confirmation is asking about. */
  confirming: AccessEntry | undefined;
  reload: () => void;
  changeRole: (entry: AccessEntry, role: GrantableRole) => void;
  askRemove: (entry: AccessEntry) => void;
  cancelRemove: () => void;
  confirmRemove: () => void;
  copyLink: (entry: AccessEntry) => void;
  dismissNotice: () => void;
}
