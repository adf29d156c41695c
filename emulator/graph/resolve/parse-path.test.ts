import { describe, expect, it } from 'vitest';
import { GraphError } from '../errors';
import { parseTarget } from './parse-path';

const me = { kind: 'userDrive', user: { kind: 'me' } } as const;

describe('parseTarget', () => {
  it.each([
    ['/me', { kind: 'user', user: { kind: 'me' } }],
    ['/users/adele@contoso.test', { kind: 'user', user: { kind: 'user', key: 'adele@contoso.test' } }],
    ['/me/drive', { kind: 'drive', drive: me }],
    ['/users/abc/drive/root', { kind: 'driveItem', item: { kind: 'root', drive: { kind: 'userDrive', user: { kind: 'user', key: 'abc' } } } }],
    ['/drives/b!x-y_z/items/01ABC/children', { kind: 'children', item: { kind: 'item', drive: { kind: 'drive', id: 'b!x-y_z' }, id: '01ABC', via: 'items' } }],
    ['/me/drive/root/permissions', { kind: 'permissions', item: { kind: 'root', drive: me } }],
    ['/me/drive/items/01A/permissions/cGVy', { kind: 'permission', item: { kind: 'item', drive: me, id: '01A', via: 'items' }, permissionId: 'cGVy' }],
    ['/me/drive/items/01A/invite', { kind: 'invite', item: { kind: 'item', drive: me, id: '01A', via: 'items' } }],
    ['/me/drive/items/01A/microsoft.graph.invite', { kind: 'invite', item: { kind: 'item', drive: me, id: '01A', via: 'items' } }],
    ['/users', { kind: 'users' }],
    ['/groups', { kind: 'groups' }],
    ['/groups/g1', { kind: 'group', groupId: 'g1' }],
    ['/me/people', { kind: 'people', user: { kind: 'me' } }],
    ['/me/memberOf', { kind: 'memberOf', user: { kind: 'me' } }],
    ['/users/u1/photo/$value', { kind: 'photoValue', user: { kind: 'user', key: 'u1' } }],
    ['/me/photo', { kind: 'photo', user: { kind: 'me' } }],
    ['/organization', { kind: 'organization' }],
  ])('%s', (path, expected) => {
    expect(parseTarget(path)).toEqual(expected);
  });

  it('reads path addressing, encoded names and a trailing action', () => {
    expect(parseTarget('/me/drive/root:/Reports/Q3%20Report.xlsx:/invite')).toEqual({
      kind: 'invite',
      item: { kind: 'path', base: { kind: 'root', drive: me }, path: '/Reports/Q3 Report.xlsx' },
    });
    expect(parseTarget('/me/drive/root:/Reports')).toEqual({
      kind: 'driveItem',
      item: { kind: 'path', base: { kind: 'root', drive: me }, path: '/Reports' },
    });
    expect(parseTarget('/me/drive/items/01A:/Archive:/children')).toEqual({
      kind: 'children',
      item: { kind: 'path', base: { kind: 'item', drive: me, id: '01A', via: 'items' }, path: '/Archive' },
    });
  });

  it.each([
    ['/foo', "Resource not found for the segment 'foo'."],
    ['/me/drives', "Resource not found for the segment 'drives'."],
    ['/me/drive/root/children/extra', "Resource not found for the segment 'extra'."],
    ['/me/drive/items/01A/share', "Resource not found for the segment 'share'."],
  ])('rejects %s as Graph does', (path, message) => {
    let error: unknown;
    try {
      parseTarget(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 400, code: 'BadRequest', message });
  });
});
