// The demo tenant lives in seed.json so it can be read and edited without touching code.
// This module checks that file on load (its shape is in seed-model.ts), so a broken edit fails at
// start-up with the offending path instead of as an odd Graph response later.
import { readFileSync } from 'node:fs';
import { checkDate, checkString, fail, isSeedFolder, type Seed, type SeedDrive, type SeedItem } from './seed-model';
import { validateSharing } from './seed-sharing';

export * from './seed-model';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function loadSeed(url: URL = new URL('./seed.json', import.meta.url)): Seed {
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  return validateSeed(parsed);
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
    for (const key of [
      'displayName',
      'givenName',
      'surname',
      'userPrincipalName',
      'mail',
      'mailNickname',
      'jobTitle',
      'department',
      'officeLocation',
      'preferredLanguage',
    ] as const) {
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
