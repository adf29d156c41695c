// The tenant's mutable state: directory, drives, items and the permissions granted on them.
// Everything is rebuilt from the seed by reset(), including the permission-id counter, so a
// test that resets first always sees the same ids.
import { buildTenant, type TenantState } from './build-tenant';
import { grantedPermissionIdFor } from './ids';
import type {
  DirectoryGroup,
  DirectoryUser,
  DriveRecord,
  GrantableRole,
  Grantee,
  InvitationRecord,
  ItemRecord,
  NotificationFailure,
  PermissionRecord,
  SiteRecord,
} from './model';
import type { Seed } from './seed';

export interface GrantRequest {
  item: ItemRecord;
  grantee: Grantee;
  roles: GrantableRole[];
  invitationEmail: string;
  signInRequired: boolean;
  invitedBy: string;
  hasPassword?: boolean;
  expirationDateTime?: string;
}

export class TenantStore {
  readonly tenant: Seed['tenant'];
  readonly password: string;
  readonly #seed: Seed;
  #state!: TenantState;
  #permissions = new Map<string, PermissionRecord[]>();
  #permissionCounter = 0;
  #invitations: InvitationRecord[] = [];
  #sharingVersions = new Map<string, number>();

  constructor(seed: Seed) {
    this.#seed = seed;
    this.tenant = seed.tenant;
    this.password = seed.password;
    this.reset();
  }

  /**
   * Directory, drives and items never change after the build (changes live in the permission and
   * sharing-version maps), so reset() reuses them: rebuilding 10,000 generated items each time
   * would make every reset slow.
   */
  reset(): void {
    this.#state ??= buildTenant(this.#seed);
    this.#sharingVersions = new Map();
    // Seeded shares are copied so that changes to them never leak into the next reset.
    this.#permissions = new Map([...this.#state.permissions].map(([itemId, list]) => [itemId, list.map((p) => structuredClone(p))]));
    this.#permissionCounter = 0;
    this.#invitations = [];
  }

  // ---- directory -------------------------------------------------------------------------

  listUsers(): DirectoryUser[] {
    return [...this.#state.users.values()];
  }

  userById(id: string): DirectoryUser | undefined {
    return this.#state.users.get(id.toLowerCase());
  }

  /** Sign-in names and invite recipients match mail or UPN, ignoring case, as Entra does. */
  userByEmail(address: string): DirectoryUser | undefined {
    const wanted = address.trim().toLowerCase();
    return this.listUsers().find((u) => u.mail.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted);
  }

  userByAlias(alias: string): DirectoryUser | undefined {
    const wanted = alias.trim().toLowerCase();
    return this.listUsers().find((u) => u.mailNickname.toLowerCase() === wanted);
  }

  listGroups(): DirectoryGroup[] {
    return [...this.#state.groups.values()];
  }

  groupById(id: string): DirectoryGroup | undefined {
    return this.#state.groups.get(id.toLowerCase());
  }

  groupByEmail(address: string): DirectoryGroup | undefined {
    const wanted = address.trim().toLowerCase();
    return this.listGroups().find((g) => g.mail?.toLowerCase() === wanted);
  }

  groupByAlias(alias: string): DirectoryGroup | undefined {
    const wanted = alias.trim().toLowerCase();
    return this.listGroups().find((g) => g.mailNickname.toLowerCase() === wanted);
  }

  groupsOf(userId: string): DirectoryGroup[] {
    return this.listGroups().filter((g) => g.memberIds.includes(userId) || g.ownerIds.includes(userId));
  }

  listNotificationFailures(): NotificationFailure[] {
    return [...this.#state.notificationFailures];
  }

  notificationFailureFor(address: string): NotificationFailure | undefined {
    const wanted = address.trim().toLowerCase();
    return this.#state.notificationFailures.find((f) => f.address.toLowerCase() === wanted);
  }

  // ---- sites, drives and items -----------------------------------------------------------

  listSites(): SiteRecord[] {
    return [...this.#state.sites.values()];
  }

  /** Sites are addressed by their GUID or by Graph's composite id (hostname,siteId,webId). */
  siteById(id: string): SiteRecord | undefined {
    const wanted = id.toLowerCase();
    return this.#state.sites.get(wanted) ?? this.listSites().find((s) => s.graphId.toLowerCase() === wanted);
  }

  listDrives(): DriveRecord[] {
    return [...this.#state.drives.values()];
  }

  drive(driveId: string): DriveRecord | undefined {
    return this.#state.drives.get(driveId);
  }

  driveOfUser(userId: string): DriveRecord | undefined {
    return this.listDrives().find((d) => d.owner.kind === 'user' && d.owner.userId === userId);
  }

  driveOfGroup(groupId: string): DriveRecord | undefined {
    return this.listDrives().find((d) => d.owner.kind === 'group' && d.owner.groupId === groupId.toLowerCase());
  }

  itemInDrive(driveId: string, itemId: string): ItemRecord | undefined {
    // Real item ids are upper-case, and ODB accepts them in any case.
    const item = this.#state.items.get(itemId.toUpperCase());
    return item?.driveId === driveId ? item : undefined;
  }

  itemById(itemId: string): ItemRecord | undefined {
    return this.#state.items.get(itemId.toUpperCase());
  }

  allItems(): ItemRecord[] {
    return [...this.#state.items.values()];
  }

  root(drive: DriveRecord): ItemRecord {
    const root = this.#state.items.get(drive.rootId);
    if (!root) throw new Error(`drive ${drive.id} has no root`);
    return root;
  }

  /** Resolves `relativePath` below `base` by name; OneDrive names compare without case. */
  itemByPath(base: ItemRecord, relativePath: string): ItemRecord | undefined {
    let current: ItemRecord | undefined = base;
    for (const name of relativePath.split('/').filter(Boolean)) {
      const wanted: string = name.toLowerCase();
      current = this.childrenOf(current).find((c) => c.name.toLowerCase() === wanted);
      if (!current) return undefined;
    }
    return current;
  }

  childrenOf(item: ItemRecord): ItemRecord[] {
    return item.childIds.map((id) => this.#state.items.get(id)).filter((c): c is ItemRecord => c !== undefined);
  }

  /** Nearest first, ending with the root. */
  ancestorsOf(item: ItemRecord): ItemRecord[] {
    const out: ItemRecord[] = [];
    let parentId = item.parentId;
    while (parentId) {
      const parent = this.#state.items.get(parentId);
      if (!parent) break;
      out.push(parent);
      parentId = parent.parentId;
    }
    return out;
  }

  /** Folder sizes are the sum of what is inside them, as ODB reports. */
  sizeOf(item: ItemRecord): number {
    if (item.kind === 'file') return item.size;
    return this.childrenOf(item).reduce((sum, child) => sum + this.sizeOf(child), 0);
  }

  // ---- permissions -----------------------------------------------------------------------

  /** Permissions set directly on the item (not the owner's, not inherited ones). */
  permissionsOn(item: ItemRecord): PermissionRecord[] {
    return [...(this.#permissions.get(item.id) ?? [])];
  }

  /** Every item that carries permissions of its own. */
  sharedItems(): ItemRecord[] {
    return [...this.#permissions]
      .filter(([, list]) => list.length > 0)
      .map(([id]) => this.#state.items.get(id))
      .filter((i): i is ItemRecord => !!i);
  }

  findPermissionFor(item: ItemRecord, grantee: Grantee): PermissionRecord | undefined {
    return this.permissionsOn(item).find((p) => sameGrantee(p.grantee, grantee));
  }

  /** Creates a permission, or updates the roles of the grantee's existing one (invite never duplicates). */
  grant(request: GrantRequest): { permission: PermissionRecord; created: boolean } {
    const existing = this.findPermissionFor(request.item, request.grantee);
    if (existing) {
      existing.roles = [...request.roles];
      existing.invitation = { email: request.invitationEmail, signInRequired: request.signInRequired };
      if (request.hasPassword !== undefined) existing.hasPassword = request.hasPassword;
      if (request.expirationDateTime !== undefined) existing.expirationDateTime = request.expirationDateTime;
      existing.version += 1;
      return { permission: existing, created: false };
    }
    this.#permissionCounter += 1;
    const permission: PermissionRecord = {
      id: grantedPermissionIdFor(this.#permissionCounter),
      driveId: request.item.driveId,
      itemId: request.item.id,
      roles: [...request.roles],
      grantee: request.grantee,
      invitation: { email: request.invitationEmail, signInRequired: request.signInRequired },
      invitedBy: request.invitedBy,
      hasPassword: request.hasPassword ?? false,
      expirationDateTime: request.expirationDateTime,
      version: 1,
    };
    this.#permissions.set(request.item.id, [...this.permissionsOn(request.item), permission]);
    return { permission, created: true };
  }

  updateRoles(item: ItemRecord, permissionId: string, roles: GrantableRole[]): PermissionRecord | undefined {
    const permission = this.permissionsOn(item).find((p) => p.id === permissionId);
    if (permission) {
      permission.roles = [...roles];
      permission.version += 1;
    }
    return permission;
  }

  updateExpiry(permission: PermissionRecord, expirationDateTime: string): void {
    permission.expirationDateTime = expirationDateTime;
    permission.version += 1;
  }

  removePermission(item: ItemRecord, permissionId: string): boolean {
    const before = this.permissionsOn(item);
    const after = before.filter((p) => p.id !== permissionId);
    this.#permissions.set(item.id, after);
    return after.length !== before.length;
  }

  /** Sharing changed on the item: its eTag (not its cTag) moves on. */
  touchSharing(item: ItemRecord): void {
    this.#sharingVersions.set(item.id, this.sharingVersionOf(item) + 1);
  }

  sharingVersionOf(item: ItemRecord): number {
    return this.#sharingVersions.get(item.id) ?? 0;
  }

  recordInvitation(invitation: Omit<InvitationRecord, 'sequence'>): void {
    this.#invitations.push({ sequence: this.#invitations.length + 1, ...invitation });
  }

  invitations(): InvitationRecord[] {
    return [...this.#invitations];
  }
}

function sameGrantee(a: Grantee, b: Grantee): boolean {
  if (a.kind === 'user' && b.kind === 'user') return a.userId === b.userId;
  if (a.kind === 'group' && b.kind === 'group') return a.groupId === b.groupId;
  if (a.kind === 'external' && b.kind === 'external') return a.email.toLowerCase() === b.email.toLowerCase();
  return false;
}
