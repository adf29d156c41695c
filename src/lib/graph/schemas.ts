import * as z from 'zod/mini';

/**
 * Graph answers are untrusted input: every shape the app reads is parsed here. Fields the app
 * does not need are dropped; fields it needs but Graph may omit are optional, so a sparse but
 * valid answer still renders. Only what the app cannot work without is required.
 *
 * Graph also sends `null` for absent values (identities without an email, `inheritedFrom`,
 * `expirationDateTime`, a link's `webUrl`), and which fields it does so for varies by service
 * (OneDrive, SharePoint) and version: every optional field here takes null as "absent".
 */

// zod/mini, not zod: the same validation, in a form the bundler can trim to what is used (about
// a third of the size), since this module is on every first view's path.

type NullToUndefined = z.ZodMiniTransform<unknown, unknown>;
const nullToUndefined = (): NullToUndefined => z.transform((value: unknown) => (value === null ? undefined : value));

/** Optional, and `null` read as absent, so callers see `T | undefined` only. */
function absent<T extends z.ZodMiniType>(schema: T) {
  return z.pipe<NullToUndefined, z.ZodMiniOptional<T>>(nullToUndefined(), z.optional(schema));
}

/** `null` read as absent before a default applies. */
function withDefault<T extends z.ZodMiniType>(schema: T, fallback: z.output<T>) {
  return z.pipe<NullToUndefined, z.ZodMiniDefault<T>>(nullToUndefined(), z._default(schema, fallback as never));
}

const identity = z.object({
  id: absent(z.string()),
  displayName: absent(z.string()),
  email: absent(z.string()),
  loginName: absent(z.string()),
});

const identitySet = z.object({
  user: absent(identity),
  group: absent(identity),
  application: absent(identity),
  device: absent(identity),
  siteUser: absent(identity),
  siteGroup: absent(identity),
  // SharePoint groups by their globally unique id; preferred over siteGroup when both are there.
  sharePointGroup: absent(z.extend(identity, { title: absent(z.string()) })),
});

export const userSchema = z.object({
  id: z.string(),
  displayName: z.nullish(z.string()),
  mail: z.nullish(z.string()),
  userPrincipalName: z.nullish(z.string()),
});
export type GraphUser = z.infer<typeof userSchema>;

export const itemReferenceSchema = z.object({
  driveId: absent(z.string()),
  driveType: absent(z.string()),
  id: absent(z.string()),
  name: absent(z.string()),
  path: absent(z.string()),
});

/** What a driveItem and the remoteItem inside it have in common. */
const itemProperties = {
  size: absent(z.number().check(z.nonnegative())),
  lastModifiedDateTime: absent(z.string()),
  webUrl: absent(z.string()),
  // Sent as if-match when changing permissions, so a change someone else made meanwhile is a 412.
  eTag: absent(z.string()),
  cTag: absent(z.string()),
  parentReference: absent(itemReferenceSchema),
  file: absent(z.object({ mimeType: absent(z.string()) })),
  folder: absent(z.object({ childCount: absent(z.number()) })),
  package: absent(z.object({ type: absent(z.string()) })),
};

/** The real item behind an entry of sharedWithMe, search or recent: act on this, never the local id. */
const remoteItemSchema = z.object({ id: z.string().check(z.minLength(1)), name: absent(z.string()), ...itemProperties });

export const driveItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: withDefault(z.string(), ''),
  ...itemProperties,
  root: absent(z.object({})),
  lastModifiedBy: absent(identitySet),
  remoteItem: absent(remoteItemSchema),
});

export type DriveItem = z.infer<typeof driveItemSchema>;

export const driveSchema = z.object({
  id: z.string().check(z.minLength(1)),
  driveType: absent(z.string()),
  name: absent(z.string()),
  owner: absent(identitySet),
});
export type Drive = z.infer<typeof driveSchema>;

const sharingInvitation = z.object({
  email: absent(z.string()),
  signInRequired: absent(z.boolean()),
  invitedBy: absent(identitySet),
});

const sharingLink = z.object({
  type: absent(z.string()),
  scope: absent(z.string()),
  webUrl: absent(z.string()),
  preventsDownload: absent(z.boolean()),
  application: absent(identity),
});

/** A per-recipient failure inside a 207 Multi-Status invite answer. */
const permissionError = z.object({
  code: absent(z.string()),
  message: absent(z.string()),
  localizedMessage: absent(z.string()),
  fixItUrl: absent(z.string()),
  innererror: absent(z.object({ code: absent(z.string()) })),
  // Top-level Graph errors spell it innerError; accept either casing here too.
  innerError: absent(z.object({ code: absent(z.string()) })),
});

export const permissionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Some services tag each permission; a change sent with it as if-match fails (412) if it is stale. */
  '@odata.etag': absent(z.string()),
  roles: withDefault(z.array(z.string()), []),
  grantedToV2: absent(identitySet),
  grantedTo: absent(identitySet),
  invitation: absent(sharingInvitation),
  link: absent(sharingLink),
  // Graph sends null for "not inherited" in some answers; null must not fail the whole list.
  inheritedFrom: z.nullish(itemReferenceSchema),
  expirationDateTime: z.nullish(z.string()),
  hasPassword: absent(z.boolean()),
  error: absent(permissionError),
  /** Link permissions: who the link was granted to ("specific people" links). */
  grantedToIdentitiesV2: absent(z.array(identitySet)),
  grantedToIdentities: absent(z.array(identitySet)),
  shareId: absent(z.string()),
});
export type Permission = z.infer<typeof permissionSchema>;

export function collectionSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': absent(z.string()),
  });
}

/**
 * What the app needs to address an item for sharing: always by drive id and item id. However the
 * item was found (a deep link's path, a share id, a group's drive), it is resolved to these first.
 */
export interface DriveItemRef {
  driveId: string;
  itemId: string;
  name: string;
  isFolder: boolean;
  /**
   * What Graph already said where the item was found (a folder listing, a resolved link): its
   * drive's `driveType` and whether it is that drive's root. Absent when Graph did not say; the
   * share dialog then asks before showing its form.
   */
  known?: { driveType: string; isRoot: boolean };
}

export function toDriveItemRef(item: DriveItem, driveId: string): DriveItemRef {
  // A shared-with-me or search entry lives in someone else's drive: its local id means nothing there.
  const target = item.remoteItem ?? item;
  const driveType = target.parentReference?.driveType;
  return {
    driveId: target.parentReference?.driveId ?? (item.remoteItem ? '' : driveId),
    itemId: target.id,
    name: item.name || (target.name ?? ''),
    isFolder: target.folder !== undefined || target.package?.type === 'oneNote',
    // A remote item is never its drive's root here: a drive's root cannot be shared with anyone.
    ...(driveType ? { known: { driveType, isRoot: !item.remoteItem && item.root !== undefined } } : {}),
  };
}
