import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGrantee } from './permission-grantee';
import { collectionSchema, driveItemSchema, driveSchema, permissionSchema, toDriveItemRef, userSchema } from './schemas';

/**
 * Graph answers as Graph may send them: any optional field present, missing or null, at any
 * depth. Parsing must succeed (null is "absent") and what reads the result must not throw.
 */
const absentOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null));
const text = fc.string({ maxLength: 12 });
/** Every key optional, and every value possibly null. */
const sparse = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(Object.fromEntries(Object.entries(shape).map(([key, arb]) => [key, absentOr(arb)])), { requiredKeys: [] });

const identity = sparse({ id: text, displayName: text, email: text, loginName: text });
const identitySet = sparse({
  user: identity,
  group: identity,
  application: identity,
  device: identity,
  siteUser: identity,
  siteGroup: identity,
  sharePointGroup: sparse({ id: text, displayName: text, title: text }),
});
const itemReference = sparse({ driveId: text, driveType: fc.constantFrom('business', 'personal', 'documentLibrary'), id: text, name: text, path: text });
const itemFacets = {
  size: fc.nat(),
  lastModifiedDateTime: text,
  webUrl: text,
  eTag: text,
  cTag: text,
  parentReference: itemReference,
  file: sparse({ mimeType: text }),
  folder: sparse({ childCount: fc.nat() }),
  package: sparse({ type: fc.constantFrom('oneNote', 'other') }),
};
const id = fc.stringMatching(/^[A-Za-z0-9!]{1,10}$/);
const driveItem = fc
  .tuple(
    id,
    sparse({
      name: text,
      ...itemFacets,
      root: fc.constant({}),
      lastModifiedBy: identitySet,
      remoteItem: fc.tuple(id, sparse({ name: text, ...itemFacets })).map(([remoteId, rest]) => ({ ...rest, id: remoteId })),
    }),
  )
  .map(([itemId, rest]) => ({ ...rest, id: itemId }));
const permission = fc
  .tuple(
    id,
    sparse({
      '@odata.etag': text,
      roles: fc.array(fc.constantFrom('read', 'write', 'owner', 'sp.full control')),
      grantedToV2: identitySet,
      grantedTo: identitySet,
      invitation: sparse({ email: text, signInRequired: fc.boolean(), invitedBy: identitySet }),
      link: sparse({ type: text, scope: text, webUrl: text, preventsDownload: fc.boolean(), application: identity }),
      inheritedFrom: itemReference,
      expirationDateTime: text,
      hasPassword: fc.boolean(),
      error: sparse({
        code: text,
        message: text,
        localizedMessage: text,
        fixItUrl: text,
        innererror: sparse({ code: text }),
        innerError: sparse({ code: text }),
      }),
      grantedToIdentitiesV2: fc.array(identitySet, { maxLength: 2 }),
      grantedToIdentities: fc.array(identitySet, { maxLength: 2 }),
      shareId: text,
    }),
  )
  .map(([permissionId, rest]) => ({ ...rest, id: permissionId }));

describe('response schemas over sparse and null-riddled answers', () => {
  it('parses every permission and reads its grantee', () => {
    fc.assert(
      fc.property(permission, (raw) => {
        const parsed = permissionSchema.safeParse(raw);
        expect(parsed.error).toBeUndefined();
        const grantee = readGrantee(parsed.data!);
        expect(['user', 'group', 'application', 'invitation', 'unknown']).toContain(grantee.kind);
        expect(Array.isArray(parsed.data!.roles)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parses every drive item and addresses it', () => {
    fc.assert(
      fc.property(driveItem, id, (raw, fallbackDrive) => {
        const parsed = driveItemSchema.safeParse(raw);
        expect(parsed.error).toBeUndefined();
        const ref = toDriveItemRef(parsed.data!, fallbackDrive);
        expect(typeof ref.name).toBe('string');
        const remote = (raw as { remoteItem?: { id: string } | null }).remoteItem;
        expect(ref.itemId).toBe(remote ? remote.id : raw.id);
      }),
      { numRuns: 500 },
    );
  });

  it('parses lists whose nextLink is null, and drives and users with null fields', () => {
    fc.assert(
      fc.property(fc.array(permission, { maxLength: 3 }), absentOr(text), id, identitySet, (value, next, driveId, owner) => {
        expect(collectionSchema(permissionSchema).safeParse({ value, '@odata.nextLink': next }).success).toBe(true);
        expect(driveSchema.safeParse({ id: driveId, driveType: null, name: null, owner }).success).toBe(true);
        expect(userSchema.safeParse({ id: driveId, displayName: null, mail: null, userPrincipalName: null }).success).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary JSON, and refuses what lacks an id', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of [permissionSchema, driveItemSchema, driveSchema, collectionSchema(permissionSchema)])
          expect(() => schema.safeParse(value)).not.toThrow();
      }),
    );
    expect(permissionSchema.safeParse({ roles: ['read'] }).success).toBe(false);
    expect(driveItemSchema.safeParse({ id: null }).success).toBe(false);
  });

  it('reads null as absent, not as a value', () => {
    const parsed = permissionSchema.parse({
      id: 'p',
      roles: null,
      grantedToV2: { user: { id: null, displayName: 'Kim', email: null } },
      link: { webUrl: null },
    });
    expect(parsed.roles).toEqual([]);
    expect(parsed.grantedToV2?.user?.email).toBeUndefined();
    expect(readGrantee(parsed)).toMatchObject({ kind: 'user', displayName: 'Kim', email: undefined });
  });
});
