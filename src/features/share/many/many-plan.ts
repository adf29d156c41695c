import type { LocalizedText } from '../../../i18n';
import type { DriveItemRef, GraphError } from '../../../lib/graph';
import { capabilitiesFor, type ItemFacts } from '../options/item-capabilities';

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
  /** Folders need sign-in, so with any folder the switch is locked on for all, with this reason. */
  signInLocked: LocalizedText | undefined;
  /** A password only when every item is on a personal drive (OneDrive for home); else why not. */
  passwordUnavailable: LocalizedText | undefined;
}

export type FactsLookup = (item: DriveItemRef) => { ok: true; facts: ItemFacts } | { ok: false; error: GraphError } | undefined;

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
  return {
    shareable,
    unshareable,
    signInLocked: anyFolder ? { id: 'share.many.signInForFolders' } : undefined,
    passwordUnavailable: allPersonal && shareable.length > 0 ? undefined : { id: 'share.many.passwordOnlyPersonal' },
  };
}
