// Sharing-link URLs and share ids. Link URLs look like the services' own (`/:w:/g/personal/…`
// on OneDrive for Business, `/:x:/s/Site/…` on SharePoint, `1drv.ms/w/s!…` on OneDrive for home),
// and `/shares/u!…` accepts them, base64url-encoded (docs/graph-behaviour.md#shares).
import type { DriveRecord, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';

const TYPE_LETTER: Record<string, string> = { docx: 'w', doc: 'w', xlsx: 'x', xls: 'x', csv: 'x', pptx: 'p', ppt: 'p', pdf: 'b' };

function letterFor(item: ItemRecord): string {
  if (item.kind === 'folder') return 'f';
  return TYPE_LETTER[item.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'u';
}

export function linkUrlFor(store: TenantStore, drive: DriveRecord, item: ItemRecord, token: string): string {
  const letter = letterFor(item);
  if (drive.driveType === 'personal') return `https://1drv.ms/${letter}/s!${token}`;
  if (drive.owner.kind === 'user') {
    const personal = new URL(drive.webUrl).pathname.split('/')[2] ?? '';
    return `${new URL(drive.webUrl).origin}/:${letter}:/g/personal/${personal}/${token}`;
  }
  const site = drive.siteId ? store.siteById(drive.siteId) : undefined;
  return `${new URL(drive.webUrl).origin}/:${letter}:/s/${encodeURIComponent(site?.name ?? 'site')}/${token}`;
}

/** The "u!" encoding of a URL: unpadded base64url of its UTF-8 bytes, prefixed with u!. */
export function encodeSharingUrl(url: string): string {
  return `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
}

export function decodeSharingUrl(shareId: string): string | undefined {
  if (!shareId.startsWith('u!')) return undefined;
  const text = Buffer.from(shareId.slice(2), 'base64url').toString('utf8');
  return URL.canParse(text) ? text : undefined;
}

/** Links carry a shareId usable with /shares/{shareId}; ours is the encoded link URL. */
export function shareIdForLink(store: TenantStore, drive: DriveRecord, item: ItemRecord, token: string): string {
  return encodeSharingUrl(linkUrlFor(store, drive, item, token));
}
