// /shares/{shareId}: turns a "u!" encoded URL into the item it points at
// (docs/graph-behaviour.md#shares).
// The URL may be an item's webUrl (the caller needs access of their own) or a sharing link's
// URL (the link grants its role to whoever may use it: anyone for anonymous links, members of
// the tenant for organization links, the named people for specific-people links).
import type { DriveRecord, ItemRecord, Role } from '../../tenant/model';
import { GraphError, notFound } from '../errors';
import type { Operation } from '../routes/route';
import { decodeSharingUrl, linkUrlFor } from '../shapes/links';

export interface ResolvedShare {
  drive: DriveRecord;
  item: ItemRecord;
  linkRole?: Role;
}

function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`.replace(/\/$/, '').toLowerCase();
}

export function resolveShare(op: Operation, shareId: string): ResolvedShare {
  const url = decodeSharingUrl(shareId);
  if (!url) throw new GraphError(400, 'invalidRequest', 'The sharing token is invalid. Encode the sharing URL as "u!" plus unpadded base64url.');
  const wanted = withoutQuery(url);
  const user = op.store.userById(op.caller.userId);

  for (const item of op.store.sharedItems()) {
    const drive = op.store.drive(item.driveId);
    if (!drive) continue;
    for (const permission of op.store.permissionsOn(item)) {
      const grantee = permission.grantee;
      if (grantee.kind !== 'link' || withoutQuery(linkUrlFor(op.store, drive, item, grantee.token)) !== wanted) continue;
      const expired = permission.expirationDateTime !== undefined && Date.parse(permission.expirationDateTime) < Date.now();
      const usable =
        !expired &&
        (grantee.scope === 'anonymous' || (grantee.scope === 'organization' && user?.userType === 'Member') || grantee.userIds.includes(op.caller.userId));
      if (!usable) throw new GraphError(403, 'accessDenied', 'The sharing link no longer exists, or you do not have permission to access it.');
      // Prefer: redeemSharingLink gives lasting access, as opening the link in a browser does.
      if (/\bredeemSharingLink\b/.test(op.ctx.get('Prefer')) && !grantee.userIds.includes(op.caller.userId)) grantee.userIds.push(op.caller.userId);
      return { drive, item, linkRole: grantee.type === 'edit' ? 'write' : 'read' };
    }
  }
  for (const drive of op.store.listDrives()) {
    if (!wanted.startsWith(withoutQuery(drive.webUrl)) && drive.driveType !== 'personal') continue;
    const item = op.store.allItems().find((i) => i.driveId === drive.id && withoutQuery(i.webUrl) === wanted);
    if (item) return { drive, item };
  }
  throw notFound();
}
