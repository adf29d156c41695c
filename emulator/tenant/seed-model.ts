// The shape of seed.json and the small checks its validators share (seed.ts, seed-sharing.ts).

/** A share that exists at start: to a directory user, a group, an outside address, or a link. */
export type SeedPermission =
  | { user: string; roles: ('read' | 'write')[] }
  | { group: string; roles: ('read' | 'write')[] }
  | { email: string; roles: ('read' | 'write')[] }
  | { link: { type: 'view' | 'edit'; scope: 'anonymous' | 'organization' | 'users'; expirationDateTime?: string; password?: boolean; grantedTo?: string[] } };

export interface SeedFile {
  name: string;
  size: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  permissions?: SeedPermission[];
}

export interface SeedFolder {
  name: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Marks the folder as one of the drive's special folders (documents, photos, cameraroll, approot, music). */
  specialFolder?: string;
  permissions?: SeedPermission[];
  children: SeedItem[];
}

export type SeedItem = SeedFile | SeedFolder;

export interface SeedDrive {
  createdDateTime: string;
  /** business (default) is OneDrive for Business; personal is OneDrive for home. */
  driveType?: 'business' | 'personal';
  items: SeedItem[];
}

export interface SeedUser {
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
  /** Member (default) or Guest (B2B guests: external mail, #EXT# UPN, no drive). */
  userType?: 'Member' | 'Guest';
  /** Colour of the generated profile photo; users without one have no photo. */
  photo?: string;
  /** Most relevant people first, by mail (drives /me/people ranking). */
  people?: string[];
  drive?: SeedDrive;
}

export interface SeedGroup {
  id: string;
  displayName: string;
  description: string;
  mail: string | null;
  mailNickname: string;
  groupTypes: string[];
  securityEnabled: boolean;
  mailEnabled: boolean;
  visibility?: string;
  owners: string[];
  members: string[];
  /** Microsoft 365 groups with a drive get a team site and its document library. */
  drive?: SeedDrive;
}

export interface SeedSite {
  id: string;
  name: string;
  displayName: string;
  description: string;
  owners: string[];
  members: string[];
  visitorsAreEveryone?: boolean;
  followers: string[];
  drive: SeedDrive;
}

export interface SeedNotificationFailure {
  address: string;
  code: string;
  innerCode: string;
  message: string;
  localizedMessage: string;
  fixItUrl: string;
}

/** A folder filled with `count` generated files (too many to list in the seed by hand). */
export interface SeedBigFolder {
  owner: string;
  path: string;
  count: number;
  createdDateTime: string;
}

export interface Seed {
  tenant: { id: string; displayName: string; domain: string; verifiedDomains?: { name: string; isDefault: boolean; isInitial: boolean }[] };
  password: string;
  users: SeedUser[];
  groups?: SeedGroup[];
  sites?: SeedSite[];
  notificationFailures?: SeedNotificationFailure[];
  bigFolders?: SeedBigFolder[];
}

export function isSeedFolder(item: SeedItem): item is SeedFolder {
  return 'children' in item;
}

export type Fail = (path: string, why: string) => never;

export const fail: Fail = (path, why) => {
  throw new Error(`seed.json: ${path} ${why}`);
};

export function checkString(v: unknown, path: string): void {
  if (typeof v !== 'string' || v === '') fail(path, 'must be a non-empty string');
}

export function checkDate(v: unknown, path: string): void {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) fail(path, 'must be an ISO date-time string');
}
