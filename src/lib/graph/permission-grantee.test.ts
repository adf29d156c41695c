import { describe, expect, it } from 'vitest';
import { readGrantee } from './permission-grantee';
import { permissionSchema } from './schemas';

const grantee = (raw: unknown) => readGrantee(permissionSchema.parse(raw));

describe('readGrantee', () => {
  it('reads a group even when the legacy grantedTo names it as a user, as SharePoint does', () => {
    expect(
      grantee({
        id: 'g',
        roles: ['read'],
        grantedTo: { user: { displayName: 'Retail Team' } },
        grantedToV2: {
          group: { id: 'g1', displayName: 'Retail Team', email: 'retail@contoso.test' },
          siteUser: { displayName: 'Retail Team', loginName: 'c:0o.c|federateddirectoryclaimprovider|g1' },
        },
      }),
    ).toEqual({ kind: 'group', displayName: 'Retail Team', email: 'retail@contoso.test', siteGroup: false });
  });

  it('tells a site’s own SharePoint group, an application and an unredeemed invitation apart', () => {
    expect(grantee({ id: 's', roles: ['write'], grantedToV2: { siteGroup: { displayName: 'Members' } } })).toMatchObject({ kind: 'group', siteGroup: true });
    expect(grantee({ id: 'a', roles: ['write'], grantedToV2: { application: { displayName: 'Contoso Time Manager' } } })).toMatchObject({
      kind: 'application',
      displayName: 'Contoso Time Manager',
    });
    expect(grantee({ id: 'i', roles: ['read'], invitation: { email: 'jd@gmail.com' } })).toEqual({
      kind: 'invitation',
      displayName: undefined,
      email: 'jd@gmail.com',
      siteGroup: false,
    });
    expect(grantee({ id: 'n', roles: ['read'] })).toMatchObject({ kind: 'unknown' });
  });

  it('takes the email from the deprecated grantedTo when grantedToV2 has none', () => {
    expect(
      grantee({ id: 'u', roles: ['read'], grantedTo: { user: { email: 'old@contoso.test' } }, grantedToV2: { user: { displayName: 'New' } } }),
    ).toMatchObject({
      kind: 'user',
      displayName: 'New',
      email: 'old@contoso.test',
    });
  });
});
