import type { LocalizedText, MessageId } from '../../../i18n';

/**
 * Turns a deep-link target (the app's `?target=` value) into the Graph request path of one
 * driveItem, without touching the network. Accepted forms:
 *
 * - `driveId=…&itemId=…`, `groupId=…&itemId=…`, `siteId=…&itemId=…`, `userId=…&itemId=…`
 *   (an owner id plus an item id; `path=` instead of `itemId=` addresses by path in that drive)
 * - `special=documents` (a special folder of the user's drive), `root` (the user's drive root)
 * - a path in the user's drive: `Reports/Q3 Report.xlsx`, `/Reports/Q3 Report.xlsx`, `path=/Reports`
 * - a OneDrive or SharePoint sharing URL or an item's `webUrl` (`https://…`), or a share id (`u!…`, `s!…`)
 * - a Graph-style path (`/drives/{d}/items/{i}`, `/me/drive/root:/Reports/Q3.xlsx:`, …), also as
 *   a full `https://graph.microsoft.com/v1.0/…` URL
 *
 * A leading-slash value is read as a Graph path only when its first segment is a Graph
 * resource (`me`, `drive`, `drives`, `groups`, `sites`, `users`, `shares`); anything else is a
 * path in the user's drive.
 */
export type TargetResult = { ok: true; path: string } | { ok: false; reason: LocalizedText };

const SPECIAL_FOLDERS = ['documents', 'photos', 'cameraroll', 'approot', 'music'] as const;
const GRAPH_HOSTS = new Set(['graph.microsoft.com', 'graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn']);
const OWNER_KEYS = { driveId: 'drives', groupId: 'groups', siteId: 'sites', userId: 'users' } as const;

/** `u!` + unpadded base64url of the URL's UTF-8 bytes, as the /shares API documents. */
export function encodeShareId(url: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(url)) binary += String.fromCharCode(byte);
  return `u!${btoa(binary).replace(/=+$/, '').replace(/\//g, '_').replace(/\+/g, '-')}`;
}

/** Why a target was refused, as a catalog message (drive.target.*) shown in the user's language. */
function fail(id: MessageId, values?: LocalizedText['values']): TargetResult {
  return { ok: false, reason: values ? { id, values } : { id } };
}

const notSpecial = (name: string) => fail('drive.target.notSpecialFolder', { name, folders: SPECIAL_FOLDERS.join(', ') });
const dotSegments = () => fail('drive.target.dotSegments');

/** C0 and C1 control characters and DEL: no item name or id has them; a line break in a link is an attack or a paste accident. */
function hasControl(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
const isDots = (segment: string) => segment === '.' || segment === '..';

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** One path segment or id, encoded once whether or not it arrived already percent-encoded. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(decodeSafely(segment));
}

/** `Reports/Q3 Report.xlsx` → `/Reports/Q3%20Report.xlsx`; empty when the path names the root. */
function encodePath(path: string): string | undefined {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  return segments.map((segment) => `/${encodeSegment(segment)}`).join('');
}

function pathInDrive(drive: string, path: string): TargetResult {
  const encoded = encodePath(path);
  if (encoded === undefined) return dotSegments();
  return { ok: true, path: encoded === '' ? `${drive}/root` : `${drive}/root:${encoded}:` };
}

/** `key=value&…` read without URLSearchParams, which would turn a `+` in an id or name into a space. */
function readKeys(value: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const pair of value.split('&')) {
    const equals = pair.indexOf('=');
    if (equals > 0) keys.set(pair.slice(0, equals), decodeSafely(pair.slice(equals + 1)));
  }
  return keys;
}

function fromKeys(params: Map<string, string>): TargetResult {
  const special = params.get('special');
  if (special !== undefined) {
    const name = special.toLowerCase();
    return (SPECIAL_FOLDERS as readonly string[]).includes(name) ? { ok: true, path: `/drive/special/${name}` } : notSpecial(special);
  }
  const owners = (Object.keys(OWNER_KEYS) as (keyof typeof OWNER_KEYS)[]).filter((key) => params.has(key));
  if (owners.length > 1) return fail('drive.target.severalOwners', { keys: owners.join(', ') });
  const owner = owners[0];
  const ownerId = owner === undefined ? undefined : (params.get(owner) ?? '');
  if (owner !== undefined && ownerId === '') return fail('drive.target.emptyKey', { key: owner });
  // A URL resolver drops `.` and folds `..` into the segment before: `items/..` would address the drive.
  if (owner !== undefined && ownerId !== undefined && isDots(ownerId)) return fail('drive.target.dotId', { key: owner });
  const drive =
    owner === undefined || ownerId === undefined
      ? '/me/drive'
      : owner === 'driveId'
        ? `/drives/${encodeSegment(ownerId)}`
        : `/${OWNER_KEYS[owner]}/${encodeSegment(ownerId)}/drive`;
  const itemId = params.get('itemId');
  const path = params.get('path');
  if (itemId !== undefined && path !== undefined) return fail('drive.target.itemIdAndPath');
  if (itemId === '') return fail('drive.target.emptyKey', { key: 'itemId' });
  if (itemId !== undefined && isDots(itemId)) return fail('drive.target.dotId', { key: 'itemId' });
  if (itemId !== undefined) return { ok: true, path: `${drive}/items/${encodeSegment(itemId)}` };
  if (path !== undefined) return pathInDrive(drive, path);
  return owner === undefined ? fail('drive.target.noItem') : fail('drive.target.ownerWithoutItem', { key: owner });
}

const DRIVE_CHILDREN = new Set(['items', 'special', 'bundles', 'following']);

/** Reads `/{drive}/{root | items/{id} | special/{name} | …}[:/path[:]]` after the drive part. */
function graphItem(drive: string, rest: string[], pathSuffix: string | undefined): TargetResult {
  const [first, second, ...extra] = rest;
  let item: string;
  if (first === 'root' && second === undefined) item = `${drive}/root`;
  else if (first !== undefined && DRIVE_CHILDREN.has(first) && second && extra.length === 0) {
    if (first === 'special' && !(SPECIAL_FOLDERS as readonly string[]).includes(second.toLowerCase())) {
      return notSpecial(decodeSafely(second));
    }
    item = `${drive}/${first}/${encodeSegment(first === 'special' ? second.toLowerCase() : second)}`;
  } else return fail('drive.target.notAnItem');
  if (pathSuffix === undefined) return { ok: true, path: item };
  const encoded = encodePath(pathSuffix);
  if (encoded === undefined) return dotSegments();
  return { ok: true, path: encoded === '' ? item : `${item}:${encoded}:` };
}

function fromGraphPath(raw: string): TargetResult {
  // Split off path addressing (`:/Reports/Q3.xlsx:`) before reading the resource segments.
  const colon = raw.indexOf(':');
  const resource = colon === -1 ? raw : raw.slice(0, colon);
  const pathSuffix = colon === -1 ? undefined : raw.slice(colon + 1).replace(/:$/, '');
  const segments = resource.split('/').filter((segment) => segment !== '');
  if (segments[0] === 'v1.0' || segments[0] === 'beta') segments.shift();
  const [head, a, b, ...rest] = segments;
  switch (head) {
    case 'me':
      return a === 'drive'
        ? graphItem(
            '/me/drive',
            [b, ...rest].filter((s) => s !== undefined),
            pathSuffix,
          )
        : fail('drive.target.meWithoutDrive');
    case 'drive':
      return graphItem(
        '/drive',
        [a, b, ...rest].filter((s) => s !== undefined),
        pathSuffix,
      );
    case 'drives':
      return a
        ? graphItem(
            `/drives/${encodeSegment(a)}`,
            [b, ...rest].filter((s) => s !== undefined),
            pathSuffix,
          )
        : fail('drive.target.noDriveId');
    case 'groups':
    case 'sites':
    case 'users':
      if (!a || b !== 'drive') return fail('drive.target.ownerPath', { resource: head });
      return graphItem(`/${head}/${encodeSegment(a)}/drive`, rest, pathSuffix);
    case 'shares': {
      if (!a) return fail('drive.target.noShareId');
      const share = `/shares/${encodeSegment(a)}`;
      if (pathSuffix !== undefined) return fail('drive.target.sharesWithPath');
      if ((b === 'driveItem' || b === 'root') && rest.length === 0) return { ok: true, path: `${share}/${b}` };
      if (b === undefined) return { ok: true, path: `${share}/driveItem` };
      if (b === 'items' && rest.length === 1 && rest[0]) return { ok: true, path: `${share}/items/${encodeSegment(rest[0])}` };
      return fail('drive.target.sharesPath');
    }
    default:
      return fail('drive.target.notGraphPath');
  }
}

const GRAPH_HEADS = new Set(['me', 'drive', 'drives', 'groups', 'sites', 'users', 'shares', 'v1.0', 'beta']);

/**
 * The last line of defence, whatever form the target had: no segment of the Graph path may decode
 * to `.` or `..` (the URL resolver would climb out of the item) or carry a control character.
 */
function checked(result: TargetResult): TargetResult {
  if (!result.ok) return result;
  const segments = result.path.split(/[/:]/).map(decodeSafely);
  if (segments.some(isDots)) return dotSegments();
  if (segments.some(hasControl)) return fail('drive.target.controlCharacters');
  return result;
}

export function parseTarget(input: string): TargetResult {
  const value = input.trim();
  if (hasControl(value) || hasControl(decodeSafely(value))) return fail('drive.target.controlCharacters');
  return checked(parseTrimmed(value));
}

function parseTrimmed(value: string): TargetResult {
  if (value === '') return fail('drive.target.empty');
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail('drive.target.invalidUrl');
    }
    if (GRAPH_HOSTS.has(url.hostname.toLowerCase())) return fromGraphPath(decodeSafely(url.pathname));
    // Any other web address is a sharing link or an item's webUrl: the /shares API resolves both.
    return { ok: true, path: `/shares/${encodeShareId(value)}/driveItem` };
  }
  if (/^[us]!/.test(value)) return { ok: true, path: `/shares/${encodeSegment(value)}/driveItem` };
  if (value === 'root') return { ok: true, path: '/drive/root' };
  if (/^(driveId|groupId|siteId|userId|itemId|path|special)=/.test(value)) return fromKeys(readKeys(value));
  const first = value.split('/').find((segment) => segment !== '');
  if (value.startsWith('/') && first !== undefined && GRAPH_HEADS.has(first)) return fromGraphPath(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.includes('/')) return fail('drive.target.unknownForm');
  return pathInDrive('/me/drive', value);
}
