// Which delegated scopes satisfy which operations, after Graph's permission tables. A token
// passes if it holds any one of an operation's scopes.
import { GraphError } from '../errors';
import type { Caller } from './verify-token';

export const SCOPES = {
  /** GET /me and /users/{own id}. */
  readSelf: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  /** Reading other users' profiles. */
  readUsers: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  /** Reading drives, items and permissions. */
  readFiles: ['Files.Read', 'Files.ReadWrite', 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'],
  /** Inviting and changing permissions. */
  writeFiles: ['Files.ReadWrite', 'Files.ReadWrite.All', 'Sites.ReadWrite.All'],
  /** Files.Read / Files.ReadWrite only reach the signed-in user's own drive; other drives need these. */
  readOthersFiles: ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'],
  writeOthersFiles: ['Files.ReadWrite.All', 'Sites.ReadWrite.All'],
  /** /me/people. */
  people: ['People.Read', 'People.Read.All'],
  /** Listing and searching groups, and reading a user's group memberships in full. */
  readGroups: ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  /** Sites: search, get, followedSites. */
  readSites: ['Sites.Read.All', 'Sites.ReadWrite.All'],
} as const satisfies Record<string, readonly string[]>;

export function hasAnyScope(caller: Caller, scopes: readonly string[]): boolean {
  return scopes.some((scope) => caller.scopes.has(scope));
}

export function requireAnyScope(caller: Caller, scopes: readonly string[]): void {
  if (!hasAnyScope(caller, scopes)) {
    throw new GraphError(403, 'accessDenied', 'Either scp or roles claim need to be present in the token.');
  }
}
