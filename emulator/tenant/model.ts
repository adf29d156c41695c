// The tenant's in-memory records. They hold facts, not Graph JSON: emulator/graph turns them
// into Graph shapes, so the wire format can follow Graph without reshaping the state.

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
}

export type DriveType = 'business' | 'personal';

export interface DriveRecord {
  id: string;
  driveType: DriveType;
  ownerId: string;
  createdDateTime: string;
  webUrl: string;
  rootId: string;
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
}

/** invite only hands out read and write; owner exists only as the drive owner's implicit permission. */
export type GrantableRole = 'read' | 'write';
export type Role = GrantableRole | 'owner';

export type Grantee =
  | { kind: 'user'; userId: string }
  | { kind: 'external'; email: string };

export interface PermissionRecord {
  id: string;
  driveId: string;
  itemId: string;
  roles: GrantableRole[];
  grantee: Grantee;
  invitation: { email: string; signInRequired: boolean };
  invitedBy: string;
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
}
