import type { LocalizedText } from '../../../i18n';

/** Whether an option can be used for this item, and if not, the reason shown beside it. */
export type Capability = { available: true } | { available: false; reason: LocalizedText };

export interface ItemCapabilities {
  shareable: Capability;
  password: Capability;
  expires: Capability;
  requireSignInOff: Capability;
}

export interface ItemFacts {
  isRoot: boolean;
  isFolder: boolean;
  /** The drive's `driveType`: `personal`, `business` or `documentLibrary`; undefined when Graph left it out. */
  driveType: string | undefined;
}

const yes: Capability = { available: true };
const no = (id: LocalizedText['id']): Capability => ({ available: false, reason: { id } });

/**
 * What Graph's invite action accepts for an item (../shared/reference/graph-api.md §1.1, §1.3, §5):
 * the root of a personal drive cannot be shared; `password` is OneDrive-for-home only; on work and
 * school OneDrive and SharePoint `expirationDateTime` applies only to sharing links, so invitations
 * get it on personal drives only; `requireSignIn: false` is refused for folders. An unknown drive
 * type gets nothing that only personal drives accept.
 */
export function capabilitiesFor({ isRoot, isFolder, driveType }: ItemFacts): ItemCapabilities {
  const personal = driveType === 'personal';
  return {
    shareable: isRoot && personal ? no('share.options.rootNotShareable') : yes,
    password: personal ? yes : no('share.options.passwordUnavailable'),
    expires: personal ? yes : no('share.options.expiresUnavailable'),
    requireSignInOff: isFolder ? no('share.options.signInAlwaysForFolders') : yes,
  };
}
