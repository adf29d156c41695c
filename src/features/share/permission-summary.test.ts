import { describe, expect, it } from 'vitest';
import { permissionSchema } from '../../lib/graph';
import { inEnglish } from '../../testing/english-text';
import { describeRoles, summarizePermission } from './permission-summary';

describe('summarizePermission', () => {
  it('reads the docs example invite answer (grantedToV2 and grantedTo)', () => {
    // Shape of the 200 example on the driveItem: invite page.
    const permission = permissionSchema.parse({
      '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
      grantedTo: { user: { displayName: 'Robin Danielsen', id: '42', email: 'robin@contoso.com' } },
      grantedToV2: {
        user: { id: '42', displayName: 'Robin Danielsen' },
        siteUser: { id: '1', displayName: 'Robin Danielsen', loginName: 'Robin Danielsen', email: 'robin@contoso.com' },
      },
      id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      invitation: { email: 'robin@contoso.com', signInRequired: true },
      roles: ['write'],
      expirationDateTime: '2018-07-15T14:00:00.000Z',
    });
    expect(summarizePermission(permission)).toEqual({
      id: 'CCFC7CA3-7A19-4D57-8CEF-149DB9DDFA62',
      name: 'Robin Danielsen',
      email: 'robin@contoso.com',
      access: { id: 'common.role.write' },
      roles: ['write'],
      signInRequired: true,
    });
  });

  it('falls back to grantedTo, then to the invitation email', () => {
    expect(summarizePermission(permissionSchema.parse({ id: 'a', roles: ['read'], grantedTo: { user: { displayName: 'Old Shape' } } }))).toMatchObject({
      name: 'Old Shape',
      access: { id: 'common.role.read' },
    });
    expect(
      summarizePermission(permissionSchema.parse({ id: 'b', roles: ['read'], invitation: { email: 'guest@fabrikam.test', signInRequired: false } })),
    ).toMatchObject({ name: 'guest@fabrikam.test', email: 'guest@fabrikam.test', signInRequired: false });
  });
});

describe('describeRoles', () => {
  it('names the strongest known role, and leaves roles it does not know to be shown as Graph named them', () => {
    expect(inEnglish(describeRoles(['read']))).toBe('Can view');
    expect(inEnglish(describeRoles(['write']))).toBe('Can edit');
    expect(inEnglish(describeRoles(['read', 'write']))).toBe('Can edit');
    expect(inEnglish(describeRoles(['write', 'owner']))).toBe('Owner');
    expect(describeRoles(['sp.View Only'])).toBeUndefined();
    expect(inEnglish(describeRoles([]))).toBe('No access');
  });

  it('leaves the name undefined when Graph names nobody, for the outcome to show the recipient as they were named', () => {
    expect(summarizePermission(permissionSchema.parse({ id: 'c', roles: ['sp.Custom'] }))).toMatchObject({
      name: undefined,
      access: undefined,
      roles: ['sp.Custom'],
    });
  });
});
