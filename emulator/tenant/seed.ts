// The demo tenant lives in seed.json so it can be read and edited without touching code.
// This module describes that file's shape and checks it on load, so a broken edit fails at
// start-up with the offending path instead of as an odd Graph response later.
import { readFileSync } from 'node:fs';
import { validateSharing } from './seed-sharing';

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

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function loadSeed(url: URL = new URL('./seed.json', import.meta.url)): Seed {
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  return validateSeed(parsed);
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

export function validateSeed(value: unknown): Seed {
  const seed = value as Seed;
  if (typeof seed !== 'object' || seed === null) fail('(root)', 'must be an object');
  if (typeof seed.tenant !== 'object' || seed.tenant === null) fail('tenant', 'must be an object');
  if (!GUID.test(String(seed.tenant.id))) fail('tenant.id', 'must be a lower-case GUID');
  checkString(seed.tenant.displayName, 'tenant.displayName');
  checkString(seed.tenant.domain, 'tenant.domain');
  checkString(seed.password, 'password');
  if (!Array.isArray(seed.users) || seed.users.length === 0) fail('users', 'must be a non-empty array');

  const ids = new Set<string>();
  const upns = new Set<string>();
  seed.users.forEach((user, i) => {
    const at = `users[${i}]`;
    if (!GUID.test(String(user.id))) fail(`${at}.id`, 'must be a lower-case GUID');
    if (ids.has(user.id)) fail(`${at}.id`, 'is a duplicate');
    ids.add(user.id);
    for (const key of ['displayName', 'givenName', 'surname', 'userPrincipalName', 'mail', 'mailNickname', 'jobTitle', 'department', 'officeLocation', 'preferredLanguage'] as const) {
      checkString(user[key], `${at}.${key}`);
    }
    const upn = user.userPrincipalName.toLowerCase();
    if (upns.has(upn)) fail(`${at}.userPrincipalName`, 'is a duplicate');
    upns.add(upn);
    if (!Array.isArray(user.businessPhones)) fail(`${at}.businessPhones`, 'must be an array');
    if (user.userType !== undefined && user.userType !== 'Member' && user.userType !== 'Guest') fail(`${at}.userType`, 'must be "Member" or "Guest"');
    if (user.photo !== undefined && !/^#[0-9a-f]{6}$/i.test(user.photo)) fail(`${at}.photo`, 'must be a colour like "#0078d4"');
    if (user.drive !== undefined) validateDrive(user.drive, `${at}.drive`);
  });
  (seed.groups ?? []).forEach((group, i) => {
    if (!GUID.test(String(group.id))) fail(`groups[${i}].id`, 'must be a lower-case GUID');
    checkString(group.displayName, `groups[${i}].displayName`);
    checkString(group.mailNickname, `groups[${i}].mailNickname`);
    if (group.drive !== undefined) validateDrive(group.drive, `groups[${i}].drive`);
  });
  (seed.sites ?? []).forEach((site, i) => {
    if (!GUID.test(String(site.id))) fail(`sites[${i}].id`, 'must be a lower-case GUID');
    checkString(site.name, `sites[${i}].name`);
    validateDrive(site.drive, `sites[${i}].drive`);
  });
  validateSharing(seed);
  return seed;
}

function validateDrive(drive: SeedDrive, at: string): void {
  if (typeof drive !== 'object' || drive === null) fail(at, 'must be an object');
  checkDate(drive.createdDateTime, `${at}.createdDateTime`);
  if (drive.driveType !== undefined && drive.driveType !== 'business' && drive.driveType !== 'personal') {
    fail(`${at}.driveType`, 'must be "business" or "personal"');
  }
  validateItems(drive.items, `${at}.items`);
}

function validateItems(items: unknown, path: string): void {
  if (!Array.isArray(items)) fail(path, 'must be an array');
  const names = new Set<string>();
  (items as SeedItem[]).forEach((item, i) => {
    const at = `${path}[${i}]`;
    checkString(item.name, `${at}.name`);
    // OneDrive names are unique per folder regardless of case, and path addressing relies on it.
    if (names.has(item.name.toLowerCase())) fail(`${at}.name`, 'is a duplicate within its folder');
    if (/[/\\:*?"<>|]/.test(item.name)) fail(`${at}.name`, 'contains a character OneDrive does not allow');
    names.add(item.name.toLowerCase());
    checkDate(item.createdDateTime, `${at}.createdDateTime`);
    checkDate(item.lastModifiedDateTime, `${at}.lastModifiedDateTime`);
    if (isSeedFolder(item)) {
      validateItems(item.children, `${at}.children`);
    } else if (!Number.isInteger(item.size) || item.size < 0) {
      fail(`${at}.size`, 'must be a non-negative integer (files) or give "children" (folders)');
    }
  });
}
