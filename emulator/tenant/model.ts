// The tenant's in-memory records. They hold facts, not Graph JSON: emulator/graph turns them
// into Graph shapes, so the wire format can follow Graph without reshaping the state.

export type UserType = 'Member' | 'Guest';

export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  mailNickname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  businessPhones: string[];
  preferredLanguage: string;
  userType: UserType;
  /** Background colour of the generated profile photo; no photo when absent (404 ImageNotFound). */
  photoColor: string | undefined;
  /** Mail addresses of this user's most relevant people, most relevant first (/me/people). */
  people: string[];
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  description: string;
  /** null for security groups that are not mail-enabled, as Graph reports them. */
  mail: string | null;
  mailNickname: string;
  groupTypes: string[];
  securityEnabled: boolean;
  mailEnabled: boolean;
  visibility: string | null;
  ownerIds: string[];
  memberIds: string[];
  createdDateTime: string;
}

export interface SiteRecord {
  id: string;
  /** Composite id as Graph gives it: hostname,siteCollectionId,webId. */
  graphId: string;
  name: string;
  displayName: string;
  description: string;
  webUrl: string;
  createdDateTime: string;
  driveId: string;
  /** The Microsoft 365 group connected to the site (group team sites), if any. */
  groupId: string | undefined;
  ownerIds: string[];
  memberIds: string[];
  /** Everyone in the tenant may read the library (communication sites). */
  visitorsAreEveryone: boolean;
  followerIds: string[];
}

/** personal = OneDrive for home (consumer); business = OneDrive for Business; documentLibrary = SharePoint. */
export type DriveType = 'business' | 'personal' | 'documentLibrary';

export type DriveOwner = { kind: 'user'; userId: string } | { kind: 'group'; groupId: string } | { kind: 'site'; siteId: string };

export interface DriveRecord {
  id: string;
  driveType: DriveType;
  owner: DriveOwner;
  name: string;
  createdDateTime: string;
  webUrl: string;
  rootId: string;
  /** Users with full control through ownership (the OneDrive's user, a group's or site's owners). */
  ownerIds: string[];
  /** Users who can edit through membership (group or site members). */
  memberIds: string[];
  /** Everyone in the directory can read (communication sites). */
  everyoneCanRead: boolean;
  /** The SharePoint site the drive lives in (documentLibrary drives). */
  siteId: string | undefined;
}

export interface ItemRecord {
  id: string;
  driveId: string;
  /** null only for the drive's root folder. */
  parentId: string | null;
  name: string;
  /** '/' for the root, otherwise '/Folder/File.ext' from the root. */
  path: string;
  kind: 'file' | 'folder';
  /** Bytes of a file; folders report the sum of their descendants instead. */
  size: number;
  mimeType?: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Bumped on every change; eTag and cTag are derived from it. */
  version: number;
  childIds: string[];
  webUrl: string;
  /** Set on the drive's special folders (documents, photos, …). */
  specialFolder?: string;
}

/** invite only hands out read and write; owner exists only as the drive owner's implicit permission. */
export type GrantableRole = 'read' | 'write';
export type Role = GrantableRole | 'owner';

export type LinkType = 'view' | 'edit';
export type LinkScope = 'anonymous' | 'organization' | 'users';

export type Grantee =
  | { kind: 'user'; userId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'external'; email: string }
  | { kind: 'link'; type: LinkType; scope: LinkScope; token: string; userIds: string[]; emails: string[] };

export interface PermissionRecord {
  id: string;
  driveId: string;
  itemId: string;
  roles: GrantableRole[];
  grantee: Grantee;
  /** Present on permissions made by invite (not on sharing links). */
  invitation: { email: string; signInRequired: boolean } | undefined;
  invitedBy: string | undefined;
  hasPassword: boolean;
  expirationDateTime: string | undefined;
  /** Bumped on every change; the permission's eTag is derived from it. */
  version: number;
}

/** What invite was asked to send, kept so tests can check the message without a mail server. */
export interface InvitationRecord {
  sequence: number;
  permissionId: string;
  driveId: string;
  itemId: string;
  itemPath: string;
  email: string;
  roles: GrantableRole[];
  message: string | null;
  sendInvitation: boolean;
  requireSignIn: boolean;
  invitedBy: string;
  /** The notification failure the seed scripts for this mailbox, if any (invite answers 207). */
  notificationError: string | null;
}

/** A mailbox whose invitation email fails, so invite answers 207 for it (seed.json notificationFailures). */
export interface NotificationFailure {
  address: string;
  code: string;
  innerCode: string;
  message: string;
  localizedMessage: string;
  fixItUrl: string;
}
