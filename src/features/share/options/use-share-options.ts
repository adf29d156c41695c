import { useState } from 'react';
import type { LocalizedText } from '../../../i18n';
import type { DriveItemRef } from '../../../lib/graph';
import type { InviteExtras } from '../api/send-invite';
import { useItemFacts } from './api/read-item-facts';
import { capabilitiesFor, type ItemCapabilities } from './item-capabilities';

export interface ShareOptionsState {
  status: 'loading' | 'failed' | 'ready';
  error: unknown;
  retry: () => void;
  capabilities: ItemCapabilities | undefined;
  expires: Date | null;
  setExpires: (date: Date | null) => void;
  /** Why the chosen expiry cannot be sent; the date stays as picked. */
  expiresError: LocalizedText | undefined;
  password: string;
  setPassword: (value: string) => void;
  /** The earliest date the picker offers: tomorrow, since an expiry must lie in the future. */
  firstExpiryDate: Date;
  /** What these options add to the invite body; only what Graph accepts for this item. */
  invite: InviteExtras;
  /** False while an option holds a value that cannot be sent. */
  valid: boolean;
}

function startOfTomorrow(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** An expiry date means "until the end of that day" where the user is. */
export function expiryDateTime(date: Date): string {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59).toISOString();
}

export function useShareOptions(item: DriveItemRef, now: () => Date = () => new Date()): ShareOptionsState {
  const facts = useItemFacts(item);
  const [expires, setExpires] = useState<Date | null>(null);
  const [password, setPassword] = useState('');
  const capabilities = facts.data ? capabilitiesFor(facts.data) : undefined;
  const firstExpiryDate = startOfTomorrow(now());
  const expiresError: LocalizedText | undefined = expires !== null && expires < firstExpiryDate ? { id: 'share.options.pickFutureDate' } : undefined;

  const invite: InviteExtras = {};
  if (capabilities?.expires.available && expires !== null) invite.expirationDateTime = expiryDateTime(expires);
  if (capabilities?.password.available && password !== '') invite.password = password;
  if (capabilities && !capabilities.requireSignInOff.available) invite.requireSignIn = true;

  return {
    status: facts.isPending ? 'loading' : facts.isError ? 'failed' : 'ready',
    error: facts.error,
    retry: () => void facts.refetch(),
    capabilities,
    expires,
    setExpires,
    expiresError,
    password,
    setPassword,
    firstExpiryDate,
    invite,
    valid: capabilities?.shareable.available === true && expiresError === undefined,
  };
}
