import type { LocalizedText } from '../../../i18n';
import type { DriveItemRef, GraphError } from '../../../lib/graph';
import { capabilitiesFor, type Capability, type ItemCapabilities, type ItemFacts } from '../options/item-capabilities';

export function selectionKeyOf(item: Pick<DriveItemRef, 'driveId' | 'itemId'>): string {
  return `${item.driveId}/${item.itemId}`;
}

/** An item that Send would skip, and why (shown, by name, before Send). */
export interface Unshareable {
  item: DriveItemRef;
  reason: LocalizedText | { error: GraphError };
}

/** What one Send of many can offer, fitted to every item at once; never an option silently dropped. */
export interface ManyPlan {
  /** The items that will be sent. */
  shareable: DriveItemRef[];
  unshareable: Unshareable[];
  /**
   * What every item to be sent accepts, each with the reason shown beside it when not: sign-in may be
   * turned off only when no item is a folder; a password and an expiry only when every item is on a
   * personal drive. The same shape as one item's, so the form is the single dialog's.
   */
  capabilities: ItemCapabilities;
}

export type FactsLookup = (item: DriveItemRef) => { ok: true; facts: ItemFacts } | { ok: false; error: GraphError } | undefined;

const yes: Capability = { available: true };
const no = (id: LocalizedText['id']): Capability => ({ available: false, reason: { id } });

export function planMany(items: readonly DriveItemRef[], factsOf: FactsLookup): ManyPlan {
  const shareable: DriveItemRef[] = [];
  const unshareable: Unshareable[] = [];
  let anyFolder = false;
  let allPersonal = items.length > 0;
  for (const item of items) {
    const result = factsOf(item);
    if (result === undefined) {
      // Not read yet: assume what is safest (a folder elsewhere than a personal drive).
      shareable.push(item);
      anyFolder ||= item.isFolder;
      allPersonal = false;
      continue;
    }
    if (!result.ok) {
      unshareable.push({ item, reason: { error: result.error } });
      continue;
    }
    const capabilities = capabilitiesFor(result.facts);
    if (!capabilities.shareable.available) {
      unshareable.push({ item, reason: capabilities.shareable.reason });
      continue;
    }
    shareable.push(item);
    anyFolder ||= result.facts.isFolder;
    allPersonal &&= result.facts.driveType === 'personal';
  }
  const personalOnly = allPersonal && shareable.length > 0;
  return {
    shareable,
    unshareable,
    capabilities: {
      shareable: shareable.length > 0 ? yes : no('share.options.cannotShare'),
      requireSignInOff: anyFolder ? no('share.many.signInForFolders') : yes,
      password: personalOnly ? yes : no('share.many.passwordOnlyPersonal'),
      expires: personalOnly ? yes : no('share.many.expiresOnlyPersonal'),
    },
  };
}
