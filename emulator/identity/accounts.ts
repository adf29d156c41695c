// Demo accounts as the OpenID Provider sees them: the directory user's object id is the
// subject, so `sub`, `oid` and the Graph side's notion of "me" are one and the same value.
import { timingSafeEqual } from 'node:crypto';
import type { Account, FindAccount } from 'oidc-provider';
import type { DirectoryUser } from '../tenant/model';
import type { TenantStore } from '../tenant/store';

/** Claims Entra puts in tokens for a work account, limited to what the app reads. */
export function identityClaims(store: TenantStore, user: DirectoryUser) {
  return {
    oid: user.id,
    tid: store.tenant.id,
    name: user.displayName,
    preferred_username: user.userPrincipalName,
  };
}

export function createFindAccount(store: TenantStore): FindAccount {
  return (_ctx, sub): Account | undefined => {
    const user = store.userById(sub);
    if (!user) return undefined;
    return {
      accountId: user.id,
      claims: () => ({ sub: user.id, ...identityClaims(store, user), email: user.mail }),
    };
  };
}

/** Returns the account for a correct email (any case) and password, otherwise undefined. */
export function checkCredentials(store: TenantStore, email: unknown, password: unknown): DirectoryUser | undefined {
  if (typeof email !== 'string' || typeof password !== 'string') return undefined;
  const user = store.userByEmail(email);
  const given = Buffer.from(password);
  const expected = Buffer.from(store.password);
  const passwordOk = given.length === expected.length && timingSafeEqual(given, expected);
  return user && passwordOk ? user : undefined;
}
