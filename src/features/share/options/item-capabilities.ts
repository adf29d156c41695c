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
  /**
   * False when the caller may only read the item (invite needs write or owner); undefined when not
   * known, and then Graph decides when the invite arrives.
   */
  mayInvite?: boolean | undefined;
}

const yes: Capability = { available: true };
const no = (id: LocalizedText['id']): Capability => ({ available: false, reason: { id } });

/**
 * What Graph's invite action accepts for an item:
 * the root of a personal drive cannot be shared; `password` is OneDrive-for-home only; on work and
 * school OneDrive and SharePoint `expirationDateTime` applies only to sharing links, so invitations
 * get it on personal drives only; `requireSignIn: false` is refused for folders. An unknown drive
 * type gets nothing that only personal drives accept.
 */
export function capabilitiesFor({ isRoot, isFolder, driveType, mayInvite }: ItemFacts): ItemCapabilities {
  const personal = driveType === 'personal';
  return {
    shareable: isRoot && personal ? no('share.options.rootNotShareable') : mayInvite === false ? no('share.options.readOnlyAccess') : yes,
    password: personal ? yes : no('share.options.passwordUnavailable'),
    expires: personal ? yes : no('share.options.expiresUnavailable'),
    requireSignInOff: isFolder ? no('share.options.signInAlwaysForFolders') : yes,
  };
}

/** The choices in the form that depend on the item. */
export interface OptionChoices {
  requireSignIn: boolean;
  /** A calendar day; the share lasts until the end of it. */
  expires: Date | null;
  password: string;
}

/** What the invite will carry for these choices, fitted to what Graph accepts for the item. */
export interface FittedOptions {
  requireSignIn: boolean;
  /** Set when the item allows only one value (folders need sign-in). */
  requireSignInLocked: Capability;
  expirationDateTime: string | undefined;
  password: string | undefined;
  /** Why the chosen expiry cannot be sent; the date stays as picked. */
  expiresError: LocalizedText | undefined;
}

export function startOfTomorrow(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** An expiry date means "until the end of that day" where the user is. */
export function expiryDateTime(date: Date): string {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59).toISOString();
}

/** The one place the item's rules meet the user's choices; a choice the item refuses is never sent. */
export function fitOptions(capabilities: ItemCapabilities, choices: OptionChoices, now: Date): FittedOptions {
  const expiresError: LocalizedText | undefined =
    capabilities.expires.available && choices.expires !== null && choices.expires < startOfTomorrow(now) ? { id: 'share.options.pickFutureDate' } : undefined;
  return {
    requireSignIn: capabilities.requireSignInOff.available ? choices.requireSignIn : true,
    requireSignInLocked: capabilities.requireSignInOff,
    expirationDateTime: capabilities.expires.available && choices.expires !== null ? expiryDateTime(choices.expires) : undefined,
    password: capabilities.password.available && choices.password !== '' ? choices.password : undefined,
    expiresError,
  };
}
