import { useMemo } from 'react';
import { startOfTomorrow } from './item-capabilities';

/**
 * The earliest expiry the picker offers (tomorrow), as the same Date object until the day changes,
 * so the memoised options do not re-render on every keystroke in Recipients.
 */
export function useFirstExpiryDate(today: Date): Date {
  const tomorrow = startOfTomorrow(today).getTime();
  return useMemo(() => new Date(tomorrow), [tomorrow]);
}
