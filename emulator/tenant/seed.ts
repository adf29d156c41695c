// The demo tenant lives in seed.json so it can be read and edited without touching code.
// This module describes that file's shape and checks it on load, so a broken edit fails at
// start-up with the offending path instead of as an odd Graph response later.
import { readFileSync } from 'node:fs';

export interface SeedFile {
  name: string;
  size: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface SeedFolder {
  name: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  children: SeedItem[];
}

export type SeedItem = SeedFile | SeedFolder;

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
  drive: { createdDateTime: string; items: SeedItem[] };
}

export interface Seed {
  tenant: { id: string; displayName: string; domain: string };
  password: string;
  users: SeedUser[];
}

export function isSeedFolder(item: SeedItem): item is SeedFolder {
  return 'children' in item;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function loadSeed(url: URL = new URL('./seed.json', import.meta.url)): Seed {
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  return validateSeed(parsed);
}

export function validateSeed(value: unknown): Seed {
  const seed = value as Seed;
  const fail = (path: string, why: string): never => {
    throw new Error(`seed.json: ${path} ${why}`);
  };
  const str = (v: unknown, path: string) => {
    if (typeof v !== 'string' || v === '') fail(path, 'must be a non-empty string');
  };
  const date = (v: unknown, path: string) => {
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) fail(path, 'must be an ISO date-time string');
  };

  if (typeof seed !== 'object' || seed === null) fail('(root)', 'must be an object');
  if (typeof seed.tenant !== 'object' || seed.tenant === null) fail('tenant', 'must be an object');
  if (!GUID.test(String(seed.tenant.id))) fail('tenant.id', 'must be a lower-case GUID');
  str(seed.tenant.displayName, 'tenant.displayName');
  str(seed.tenant.domain, 'tenant.domain');
  str(seed.password, 'password');
  if (!Array.isArray(seed.users) || seed.users.length === 0) fail('users', 'must be a non-empty array');

  const ids = new Set<string>();
  const upns = new Set<string>();
  seed.users.forEach((user, i) => {
    const at = `users[${i}]`;
    if (!GUID.test(String(user.id))) fail(`${at}.id`, 'must be a lower-case GUID');
    if (ids.has(user.id)) fail(`${at}.id`, 'is a duplicate');
    ids.add(user.id);
    for (const key of ['displayName', 'givenName', 'surname', 'userPrincipalName', 'mail', 'mailNickname', 'jobTitle', 'department', 'officeLocation', 'preferredLanguage'] as const) {
      str(user[key], `${at}.${key}`);
    }
    const upn = user.userPrincipalName.toLowerCase();
    if (upns.has(upn)) fail(`${at}.userPrincipalName`, 'is a duplicate');
    upns.add(upn);
    if (!Array.isArray(user.businessPhones)) fail(`${at}.businessPhones`, 'must be an array');
    if (typeof user.drive !== 'object' || user.drive === null) fail(`${at}.drive`, 'must be an object');
    date(user.drive.createdDateTime, `${at}.drive.createdDateTime`);
    validateItems(user.drive.items, `${at}.drive.items`);
  });
  return seed;

  function validateItems(items: unknown, path: string): void {
    if (!Array.isArray(items)) fail(path, 'must be an array');
    const names = new Set<string>();
    (items as SeedItem[]).forEach((item, i) => {
      const at = `${path}[${i}]`;
      str(item.name, `${at}.name`);
      // OneDrive names are unique per folder regardless of case, and path addressing relies on it.
      if (names.has(item.name.toLowerCase())) fail(`${at}.name`, 'is a duplicate within its folder');
      if (/[/\\:*?"<>|]/.test(item.name)) fail(`${at}.name`, 'contains a character OneDrive does not allow');
      names.add(item.name.toLowerCase());
      date(item.createdDateTime, `${at}.createdDateTime`);
      date(item.lastModifiedDateTime, `${at}.lastModifiedDateTime`);
      if (isSeedFolder(item)) {
        validateItems(item.children, `${at}.children`);
      } else if (!Number.isInteger(item.size) || item.size < 0) {
        fail(`${at}.size`, 'must be a non-negative integer (files) or give "children" (folders)');
      }
    });
  }
}
