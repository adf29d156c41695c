import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatText } from '../../components/display-text';
import type { LocalizedText } from '../../i18n';
import { isGraphError, type DriveItemRef } from '../../lib/graph';
import { groupEntries, toAccessEntry, type AccessEntry } from './access-entry';
import { useDeletePermission } from './api/delete-permission';
import { useListPermissions } from './api/list-permissions';
import type { GrantableRole } from '../../lib/graph';
import { useUpdatePermissionRoles } from './api/update-permission';
import type { AccessListStatus, AccessNotice, ManageAccessState } from './manage-access.types';

/** 412: someone changed the item's access after we read it; the list is re-read (onSettled). */
function isStale(error: unknown): boolean {
  return isGraphError(error) && error.status === 412;
}

export function useManageAccess(
  item: DriveItemRef,
  /** Called once an entry is gone, so focus can move somewhere that still exists. */
  onRemoved: () => void = () => undefined,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): ManageAccessState {
  const list = useListPermissions(item);
  const update = useUpdatePermissionRoles(item);
  const remove = useDeletePermission(item);
  const [notice, setNotice] = useState<AccessNotice | undefined>();
  const [confirming, setConfirming] = useState<AccessEntry | undefined>();
  const intl = useIntl();
  /** An entry's name in the user's language, for the sentences that report on it. */
  const nameOf = (entry: AccessEntry) => formatText(intl, entry.name);

  const entries = useMemo(() => (list.data ? list.data.permissions.map((permission) => toAccessEntry(permission)) : []), [list.data]);
  const status: AccessListStatus = list.data
    ? { kind: 'ready', sections: groupEntries(entries), count: entries.length, refreshError: list.isError ? list.error : undefined }
    : list.isError
      ? { kind: 'failed', error: list.error }
      : { kind: 'loading' };
  const busyId = update.isPending ? update.variables.permissionId : remove.isPending ? remove.variables.permissionId : undefined;
  // The item's eTag, for services that do not tag each permission (the docs' if-match).
  const eTag = list.data?.eTag;

  function failed(title: LocalizedText) {
    return (error: unknown) =>
      setNotice(isStale(error) ? { kind: 'stale' } : isGraphError(error) && error.ambiguous ? { kind: 'lost' } : { kind: 'error', title, error });
  }

  return {
    item,
    list: status,
    refreshing: list.isFetching && !list.isPending,
    notice,
    busyId,
    confirming,
    reload: () => void list.refetch(),
    changeRole(entry, role: GrantableRole) {
      if (busyId || entry.roleLocked || entry.role === role) return;
      setNotice(undefined);
      update.mutate(
        { permissionId: entry.id, role, eTag: entry.etag ?? eTag },
        {
          onSuccess: () => setNotice({ kind: 'done', text: { id: 'access.done.role', values: { name: nameOf(entry), role, item: item.name } } }),
          onError: failed({ id: 'access.failed.change', values: { name: nameOf(entry) } }),
        },
      );
    },
    askRemove(entry) {
      if (busyId || entry.removeLocked) return;
      setConfirming(entry);
    },
    cancelRemove: () => setConfirming(undefined),
    confirmRemove() {
      const entry = confirming;
      if (!entry || busyId) return;
      setNotice(undefined);
      remove.mutate(
        { permissionId: entry.id, eTag: entry.etag ?? eTag },
        {
          onSuccess: () => {
            setNotice({ kind: 'done', text: { id: entry.link ? 'access.done.removedLink' : 'access.done.removed', values: { name: nameOf(entry) } } });
            onRemoved();
          },
          onError: failed(entry.link ? { id: 'access.failed.removeLink' } : { id: 'access.failed.remove', values: { name: nameOf(entry) } }),
          onSettled: () => setConfirming(undefined),
        },
      );
    },
    copyLink(entry) {
      const url = entry.link?.webUrl;
      if (!url) return;
      // Without clipboard access (permission refused, insecure page) the link is shown to copy by hand.
      if (!clipboard) {
        setNotice({ kind: 'copy-failed', url });
        return;
      }
      clipboard.writeText(url).then(
        () => setNotice({ kind: 'done', text: { id: 'access.done.copied' } }),
        () => setNotice({ kind: 'copy-failed', url }),
      );
    },
    dismissNotice: () => setNotice(undefined),
  };
}
