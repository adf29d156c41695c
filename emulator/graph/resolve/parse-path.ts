// Parses a Graph resource path (the part after /v1.0) into what it addresses, without looking
// anything up. Graph resolves URLs segment by segment along navigation properties, so this is a
// small grammar rather than a route table: every way of reaching a driveItem (/me/drive/root,
// /drives/{id}/items/{id}, /users/{id}/drive, root:/path:) composes with every action on it
// (children, permissions, invite). Adding a form means adding one case here.
import { type GraphError, invalidRequest, unknownSegment } from '../errors';

export type UserRef = { kind: 'me' } | { kind: 'user'; key: string };
export type DriveRef =
  | { kind: 'userDrive'; user: UserRef }
  | { kind: 'drive'; id: string }
  | { kind: 'groupDrive'; groupId: string }
  | { kind: 'siteDrive'; siteId: string }
  /** The drive holding a shared item (/shares/{shareId}/items/{id}). */
  | { kind: 'shareDrive'; shareId: string };
/** How an item id was reached: items, or the bundles and following collections of a drive. */
export type ItemCollection = 'items' | 'bundles' | 'following';
export type ItemRef =
  | { kind: 'root'; drive: DriveRef }
  | { kind: 'item'; drive: DriveRef; id: string; via: ItemCollection }
  | { kind: 'special'; drive: DriveRef; name: string }
  | { kind: 'shared'; shareId: string }
  | { kind: 'path'; base: ItemRef; path: string };

export type Target =
  | { kind: 'user'; user: UserRef }
  | { kind: 'users' }
  | { kind: 'groups' }
  | { kind: 'group'; groupId: string }
  | { kind: 'people'; user: UserRef }
  | { kind: 'memberOf'; user: UserRef }
  | { kind: 'followedSites'; user: UserRef }
  | { kind: 'photo'; user: UserRef }
  | { kind: 'photoValue'; user: UserRef }
  | { kind: 'organization' }
  | { kind: 'sites' }
  | { kind: 'site'; siteId: string }
  | { kind: 'share'; shareId: string }
  | { kind: 'batch' }
  | { kind: 'drive'; drive: DriveRef }
  | { kind: 'sharedWithMe'; drive: DriveRef }
  | { kind: 'search'; item: ItemRef | undefined; drive: DriveRef; query: string }
  | { kind: 'driveItem'; item: ItemRef }
  | { kind: 'children'; item: ItemRef }
  | { kind: 'permissions'; item: ItemRef }
  | { kind: 'permission'; item: ItemRef; permissionId: string }
  | { kind: 'invite'; item: ItemRef };

/** `search(q='text')`, with '' standing for a quote inside the text, as OData writes it. */
const SEARCH = /^search\(q='(.*)'\)$/;

export type TargetKind = Target['kind'];

type Token = { type: 'segment'; value: string } | { type: 'path'; value: string };

/** Splits `/me/drive/root:/A/B.txt:/children` into me, drive, root, path(/A/B.txt), children. */
export function tokenize(resourcePath: string): Token[] {
  const tokens: Token[] = [];
  let rest = resourcePath;
  while (rest.length > 0) {
    if (rest.startsWith('/')) {
      rest = rest.slice(1);
    } else if (rest.startsWith(':')) {
      // Path addressing runs from ':' to the next ':' (or to the end when it is not closed).
      const end = rest.indexOf(':', 1);
      tokens.push({ type: 'path', value: decode(end === -1 ? rest.slice(1) : rest.slice(1, end)) });
      rest = end === -1 ? '' : rest.slice(end + 1);
    } else {
      const end = rest.search(/[/:]/);
      tokens.push({ type: 'segment', value: decode(end === -1 ? rest : rest.slice(0, end)) });
      rest = end === -1 ? '' : rest.slice(end);
    }
  }
  return tokens;
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalidRequest('The request URI is not valid.');
  }
}

export function parseTarget(resourcePath: string): Target {
  const tokens = tokenize(resourcePath);
  let position = 0;
  const peek = () => tokens[position];
  const takeSegment = (): string | undefined => {
    const token = peek();
    if (token?.type !== 'segment') return undefined;
    position += 1;
    return token.value;
  };
  const unexpected = (): GraphError => {
    const token = peek();
    return unknownSegment(token ? (token.type === 'path' ? `:${token.value}:` : token.value) : '');
  };
  const end = <T extends Target>(target: T): T => {
    if (position < tokens.length) throw unexpected();
    return target;
  };

  const required = (): string => {
    const value = takeSegment();
    if (!value) throw unexpected();
    return value;
  };

  const first = tokens[position++];
  if (!first || first.type !== 'segment') throw unknownSegment(first?.value ?? '');
  switch (first.value) {
    case 'me':
      return userPart({ kind: 'me' });
    case 'users': {
      const key = takeSegment();
      return key ? userPart({ kind: 'user', key }) : end({ kind: 'users' });
    }
    case 'groups': {
      const groupId = takeSegment();
      if (!groupId) return end({ kind: 'groups' });
      if (!peek()) return { kind: 'group', groupId };
      if (required() !== 'drive') throw unknownSegment(tokens[position - 1]?.value ?? '');
      return drivePart({ kind: 'groupDrive', groupId });
    }
    case 'sites': {
      const siteId = takeSegment();
      if (!siteId) return end({ kind: 'sites' });
      if (!peek()) return { kind: 'site', siteId };
      if (required() !== 'drive') throw unknownSegment(tokens[position - 1]?.value ?? '');
      return drivePart({ kind: 'siteDrive', siteId });
    }
    case 'shares': {
      const shareId = required();
      const next = takeSegment();
      if (next === undefined) return end({ kind: 'share', shareId });
      if (next === 'driveItem') return itemPart({ kind: 'shared', shareId });
      if (next === 'root') return itemPart({ kind: 'root', drive: { kind: 'shareDrive', shareId } });
      if (next === 'items') return itemPart({ kind: 'item', drive: { kind: 'shareDrive', shareId }, id: required(), via: 'items' });
      throw unknownSegment(next);
    }
    case 'organization':
      return end({ kind: 'organization' });
    case '$batch':
      return end({ kind: 'batch' });
    case 'drive':
      // /drive is the signed-in user's drive, like /me/drive.
      return drivePart({ kind: 'userDrive', user: { kind: 'me' } });
    case 'drives':
      return drivePart({ kind: 'drive', id: required() });
    default:
      throw unknownSegment(first.value);
  }

  function userPart(user: UserRef): Target {
    const token = peek();
    if (!token) return { kind: 'user', user };
    if (token.type !== 'segment') throw unexpected();
    position += 1;
    switch (token.value) {
      case 'drive':
        return drivePart({ kind: 'userDrive', user });
      case 'people':
        return end({ kind: 'people', user });
      case 'memberOf':
        return end({ kind: 'memberOf', user });
      case 'followedSites':
        return end({ kind: 'followedSites', user });
      case 'photo': {
        if (!peek()) return { kind: 'photo', user };
        if (required() !== '$value') throw unknownSegment(tokens[position - 1]?.value ?? '');
        return end({ kind: 'photoValue', user });
      }
      default:
        position -= 1;
        throw unexpected();
    }
  }

  function drivePart(drive: DriveRef): Target {
    const token = peek();
    if (!token) return { kind: 'drive', drive };
    if (token.type !== 'segment') throw unexpected();
    position += 1;
    switch (token.value) {
      case 'root':
        return itemPart({ kind: 'root', drive });
      case 'items':
      case 'bundles':
      case 'following':
        return itemPart({ kind: 'item', drive, id: required(), via: token.value });
      case 'special':
        return itemPart({ kind: 'special', drive, name: required().toLowerCase() });
      case 'sharedWithMe':
        return end({ kind: 'sharedWithMe', drive });
      default: {
        const search = SEARCH.exec(token.value);
        if (search) return end({ kind: 'search', item: undefined, drive, query: (search[1] ?? '').replace(/''/g, "'") });
        position -= 1;
        throw unexpected();
      }
    }
  }

  function itemPart(item: ItemRef): Target {
    const token = peek();
    if (!token) return { kind: 'driveItem', item };
    if (token.type === 'path') {
      position += 1;
      // `root:` with an empty path addresses the item itself.
      const path = token.value.replace(/\/+$/, '');
      return itemPart(path === '' ? item : { kind: 'path', base: item, path });
    }
    switch (token.value) {
      case 'children':
        position += 1;
        return end({ kind: 'children', item });
      case 'permissions': {
        position += 1;
        const permissionId = takeSegment();
        return end(permissionId ? { kind: 'permission', item, permissionId } : { kind: 'permissions', item });
      }
      // Actions may be namespace-qualified, as Graph accepts both spellings.
      case 'invite':
      case 'microsoft.graph.invite':
        position += 1;
        return end({ kind: 'invite', item });
      default: {
        const search = SEARCH.exec(token.value);
        if (!search) throw unexpected();
        position += 1;
        return end({ kind: 'search', item, drive: driveOf(item), query: (search[1] ?? '').replace(/''/g, "'") });
      }
    }
  }
}

function driveOf(item: ItemRef): DriveRef {
  switch (item.kind) {
    case 'path':
      return driveOf(item.base);
    case 'shared':
      return { kind: 'shareDrive', shareId: item.shareId };
    default:
      return item.drive;
  }
}
