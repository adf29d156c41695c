// Parses a Graph resource path (the part after /v1.0) into what it addresses, without looking
// anything up. Graph resolves URLs segment by segment along navigation properties, so this is a
// small grammar rather than a route table: every way of reaching a driveItem (/me/drive/root,
// /drives/{id}/items/{id}, /users/{id}/drive, root:/path:) composes with every action on it
// (children, permissions, invite). Adding a form means adding one case here.
import { type GraphError, invalidRequest, unknownSegment } from '../errors';

export type UserRef = { kind: 'me' } | { kind: 'user'; key: string };
export type DriveRef = { kind: 'userDrive'; user: UserRef } | { kind: 'drive'; id: string };
export type ItemRef =
  | { kind: 'root'; drive: DriveRef }
  | { kind: 'item'; drive: DriveRef; id: string }
  | { kind: 'path'; base: ItemRef; path: string };

export type Target =
  | { kind: 'user'; user: UserRef }
  | { kind: 'drive'; drive: DriveRef }
  | { kind: 'driveItem'; item: ItemRef }
  | { kind: 'children'; item: ItemRef }
  | { kind: 'permissions'; item: ItemRef }
  | { kind: 'permission'; item: ItemRef; permissionId: string }
  | { kind: 'invite'; item: ItemRef };

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

  const first = tokens[position++];
  if (!first || first.type !== 'segment') throw unknownSegment(first?.value ?? '');
  switch (first.value) {
    case 'me':
      return userPart({ kind: 'me' });
    case 'users': {
      const key = takeSegment();
      if (!key) throw unexpected();
      return userPart({ kind: 'user', key });
    }
    case 'drives': {
      const id = takeSegment();
      if (!id) throw unexpected();
      return drivePart({ kind: 'drive', id });
    }
    default:
      throw unknownSegment(first.value);
  }

  function userPart(user: UserRef): Target {
    const token = peek();
    if (!token) return { kind: 'user', user };
    if (token.type === 'segment' && token.value === 'drive') {
      position += 1;
      return drivePart({ kind: 'userDrive', user });
    }
    throw unexpected();
  }

  function drivePart(drive: DriveRef): Target {
    const token = peek();
    if (!token) return { kind: 'drive', drive };
    if (token.type === 'segment' && token.value === 'root') {
      position += 1;
      return itemPart({ kind: 'root', drive });
    }
    if (token.type === 'segment' && token.value === 'items') {
      position += 1;
      const id = takeSegment();
      if (!id) throw unexpected();
      return itemPart({ kind: 'item', drive, id });
    }
    throw unexpected();
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
      default:
        throw unexpected();
    }
  }
}
