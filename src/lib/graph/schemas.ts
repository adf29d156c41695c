import { z } from 'zod';

/**
 * Graph answers are untrusted input: every shape the app reads is parsed here. Fields the app
 * does not need are dropped; fields it needs but Graph may omit are optional, so a sparse but
 * valid answer still renders. Only what the app cannot work without is required.
 */

const identity = z.object({
  id: z.string().optional(),
  displayName: z.string().optional(),
  email: z.string().optional(),
  loginName: z.string().optional(),
});

const identitySet = z.object({
  user: identity.optional(),
  group: identity.optional(),
  application: identity.optional(),
  device: identity.optional(),
  siteUser: identity.optional(),
  siteGroup: identity.optional(),
  // SharePoint groups by their globally unique id; preferred over siteGroup when both are there.
  sharePointGroup: identity.extend({ title: z.string().optional() }).optional(),
});

export const userSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});
export type GraphUser = z.infer<typeof userSchema>;

export const itemReferenceSchema = z.object({
  driveId: z.string().optional(),
  driveType: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  path: z.string().optional(),
});

/** What a driveItem and the remoteItem inside it have in common. */
const itemProperties = {
  size: z.number().nonnegative().optional(),
  lastModifiedDateTime: z.string().optional(),
  webUrl: z.string().optional(),
  // Sent as if-match when changing permissions, so a change someone else made meanwhile is a 412.
  eTag: z.string().optional(),
  cTag: z.string().optional(),
  parentReference: itemReferenceSchema.optional(),
  file: z.object({ mimeType: z.string().optional() }).optional(),
  folder: z.object({ childCount: z.number().optional() }).optional(),
  package: z.object({ type: z.string().optional() }).optional(),
};

/** The real item behind an entry of sharedWithMe, search or recent: act on this, never the local id. */
const remoteItemSchema = z.object({ id: z.string().min(1), name: z.string().optional(), ...itemProperties });

export const driveItemSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  ...itemProperties,
  root: z.object({}).optional(),
  lastModifiedBy: identitySet.optional(),
  remoteItem: remoteItemSchema.optional(),
});

export type DriveItem = z.infer<typeof driveItemSchema>;

export const driveSchema = z.object({
  id: z.string().min(1),
  driveType: z.string().optional(),
  name: z.string().optional(),
  owner: identitySet.optional(),
});
export type Drive = z.infer<typeof driveSchema>;

const sharingInvitation = z.object({
  email: z.string().optional(),
  signInRequired: z.boolean().optional(),
  invitedBy: identitySet.optional(),
});

const sharingLink = z.object({
  type: z.string().optional(),
  scope: z.string().optional(),
  webUrl: z.string().optional(),
  preventsDownload: z.boolean().optional(),
  application: identity.optional(),
});

/** A per-recipient failure inside a 207 Multi-Status invite answer. */
const permissionError = z.object({
  code: z.string().optional(),
  message: z.string().optional(),
  localizedMessage: z.string().optional(),
  fixItUrl: z.string().optional(),
  innererror: z.object({ code: z.string().optional() }).optional(),
  // Top-level Graph errors spell it innerError; accept either casing here too.
  innerError: z.object({ code: z.string().optional() }).optional(),
});

export const permissionSchema = z.object({
  id: z.string().min(1),
  /** Some services tag each permission; a change sent with it as if-match fails (412) if it is stale. */
  '@odata.etag': z.string().optional(),
  roles: z.array(z.string()).default([]),
  grantedToV2: identitySet.optional(),
  grantedTo: identitySet.optional(),
  invitation: sharingInvitation.optional(),
  link: sharingLink.optional(),
  // Graph sends null for "not inherited" in some answers; null must not fail the whole list.
  inheritedFrom: itemReferenceSchema.nullish(),
  expirationDateTime: z.string().nullish(),
  hasPassword: z.boolean().optional(),
  error: permissionError.optional(),
  /** Link permissions: who the link was granted to ("specific people" links). */
  grantedToIdentitiesV2: z.array(identitySet).optional(),
  grantedToIdentities: z.array(identitySet).optional(),
  shareId: z.string().optional(),
});
export type Permission = z.infer<typeof permissionSchema>;

export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({
    value: z.array(item),
    '@odata.nextLink': z.string().optional(),
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
}

export function toDriveItemRef(item: DriveItem, driveId: string): DriveItemRef {
  // A shared-with-me or search entry lives in someone else's drive: its local id means nothing there.
  const target = item.remoteItem ?? item;
  return {
    driveId: target.parentReference?.driveId ?? (item.remoteItem ? '' : driveId),
    itemId: target.id,
    name: item.name || (target.name ?? ''),
    isFolder: target.folder !== undefined || target.package?.type === 'oneNote',
  };
}
