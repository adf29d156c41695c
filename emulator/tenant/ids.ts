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
  const hex = digest(`guid:${itemId}`).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** SharePoint user permission ids are base64 of the claims login name; the owner's follows that form. */
export function ownerPermissionIdFor(userPrincipalName: string): string {
  return Buffer.from(`i:0#.f|membership|${userPrincipalName}`).toString('base64url');
}

/** Ids of granted permissions come from a counter that reset() rewinds, so a test run is repeatable. */
export function grantedPermissionIdFor(counter: number): string {
  return Buffer.from(`emulator-permission:${counter}`).toString('base64url');
}
