// Deterministic identifiers shaped like OneDrive for Business ones, so that ids survive a restart
// or a reset (tests and bookmarked deep links keep working) and look realistic in the app.
import { createHash } from 'node:crypto';

function digest(input: string): Buffer {
  return createHash('sha256').update(input).digest();
}

/** ODB drive ids are `b!` followed by base64url text; ours hash the owner's id. */
export function driveIdFor(ownerId: string): string {
  return `b!${digest(`drive:${ownerId}`).subarray(0, 30).toString('base64url')}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** ODB item ids are `01` plus 32 upper-case base32 characters; ours hash drive id and path. */
export function itemIdFor(driveId: string, path: string): string {
  return `01${base32(digest(`item:${driveId}:${path.toLowerCase()}`).subarray(0, 20))}`;
}

/** A GUID derived from an item id, used inside eTag/cTag values the way ODB does. */
export function itemGuidFor(itemId: string): string {
  return guidFor(itemId).toUpperCase();
}

/** SharePoint user permission ids are base64 of the claims login name; the owner's follows that form. */
export function ownerPermissionIdFor(userPrincipalName: string): string {
  return Buffer.from(`i:0#.f|membership|${userPrincipalName}`).toString('base64url');
}

/** Ids of granted permissions come from a counter that reset() rewinds, so a test run is repeatable. */
export function grantedPermissionIdFor(counter: number): string {
  return Buffer.from(`emulator-permission:${counter}`).toString('base64url');
}

/** OneDrive for home drive ids are 16 lower-case hex characters. */
export function personalDriveIdFor(ownerId: string): string {
  return digest(`personal-drive:${ownerId}`).subarray(0, 8).toString('hex');
}

/** OneDrive for home item ids are the drive id in upper case, '!', and a number. */
export function personalItemIdFor(driveId: string, sequence: number): string {
  return `${driveId.toUpperCase()}!${sequence}`;
}

/** Drives of groups and sites hash the owning object's id, in their own namespace. */
export function libraryDriveIdFor(kind: 'group' | 'site', id: string): string {
  return `b!${digest(`${kind}-drive:${id}`).subarray(0, 30).toString('base64url')}`;
}

/** A GUID derived from a name, for site web ids. */
export function guidFor(input: string): string {
  const hex = digest(`guid:${input}`).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Seeded permissions get ids from their place in the seed, so they never collide with granted ones. */
export function seededPermissionIdFor(itemId: string, index: number): string {
  return Buffer.from(`emulator-seeded:${itemId}:${index}`).toString('base64url');
}

/** The opaque part of a sharing link's URL. */
export function linkTokenFor(permissionKey: string): string {
  return `E${digest(`link:${permissionKey}`).subarray(0, 15).toString('base64url')}`;
}
