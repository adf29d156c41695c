// Checks the parts of seed.json that refer to other entries by mail address: group and site
// membership, people lists, seeded permissions, notification failures and generated folders.
// A typo in an address fails at start-up naming the entry, instead of silently granting nothing.
import { checkDate, fail, isSeedFolder, type Seed, type SeedItem, type SeedPermission } from './seed-model';

export function validateSharing(seed: Seed): void {
  const userMails = new Set(seed.users.map((u) => u.mail.toLowerCase()));
  const groupMails = new Set((seed.groups ?? []).flatMap((g) => (g.mail ? [g.mail.toLowerCase()] : [])));
  const user = (mail: unknown, at: string) => {
    if (typeof mail !== 'string' || !userMails.has(mail.toLowerCase())) fail(at, `must be the mail of a seeded user, got ${JSON.stringify(mail)}`);
  };
  const users = (list: unknown, at: string) => {
    if (!Array.isArray(list)) fail(at, 'must be an array of user mails');
    (list as unknown[]).forEach((mail, i) => user(mail, `${at}[${i}]`));
  };

  seed.users.forEach((u, i) => {
    if (u.people !== undefined) users(u.people, `users[${i}].people`);
    if (u.drive) items(u.drive.items, `users[${i}].drive.items`);
  });
  (seed.groups ?? []).forEach((g, i) => {
    users(g.owners, `groups[${i}].owners`);
    users(g.members, `groups[${i}].members`);
    if (g.drive) items(g.drive.items, `groups[${i}].drive.items`);
  });
  (seed.sites ?? []).forEach((s, i) => {
    users(s.owners, `sites[${i}].owners`);
    users(s.members, `sites[${i}].members`);
    users(s.followers, `sites[${i}].followers`);
    items(s.drive.items, `sites[${i}].drive.items`);
  });
  (seed.notificationFailures ?? []).forEach((f, i) => {
    for (const key of ['address', 'code', 'innerCode', 'message', 'localizedMessage', 'fixItUrl'] as const) {
      if (typeof f[key] !== 'string' || f[key] === '') fail(`notificationFailures[${i}].${key}`, 'must be a non-empty string');
    }
  });
  (seed.bigFolders ?? []).forEach((b, i) => {
    user(b.owner, `bigFolders[${i}].owner`);
    if (typeof b.path !== 'string' || !/^\/[^/]/.test(b.path)) fail(`bigFolders[${i}].path`, 'must be a path like "/Big folder"');
    if (!Number.isInteger(b.count) || b.count < 1 || b.count > 100_000) fail(`bigFolders[${i}].count`, 'must be an integer from 1 to 100000');
    checkDate(b.createdDateTime, `bigFolders[${i}].createdDateTime`);
  });

  function items(list: SeedItem[], at: string): void {
    list.forEach((item, i) => {
      (item.permissions ?? []).forEach((p, j) => permission(p, `${at}[${i}].permissions[${j}]`));
      if (isSeedFolder(item)) items(item.children, `${at}[${i}].children`);
    });
  }

  function permission(p: SeedPermission, at: string): void {
    if ('link' in p) {
      if (!['view', 'edit'].includes(p.link.type)) fail(`${at}.link.type`, 'must be "view" or "edit"');
      if (!['anonymous', 'organization', 'users'].includes(p.link.scope)) fail(`${at}.link.scope`, 'must be anonymous, organization or users');
      if (p.link.expirationDateTime !== undefined) checkDate(p.link.expirationDateTime, `${at}.link.expirationDateTime`);
      return;
    }
    if (!Array.isArray(p.roles) || p.roles.length === 0 || !p.roles.every((r) => r === 'read' || r === 'write')) {
      fail(`${at}.roles`, 'must be a non-empty array of "read"/"write"');
    }
    if ('user' in p) user(p.user, `${at}.user`);
    else if ('group' in p && !groupMails.has(String(p.group).toLowerCase())) fail(`${at}.group`, 'must be the mail of a seeded group');
    else if ('email' in p && typeof p.email !== 'string') fail(`${at}.email`, 'must be an address');
  }
}
