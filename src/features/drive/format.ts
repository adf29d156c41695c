import type { IntlShape } from 'react-intl';

const sizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes, then binary multiples with one decimal below ten, in the user's language ("1,5 MB"). */
export function formatSize(intl: IntlShape, bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return intl.formatNumber(value, {
    style: 'unit',
    unit: sizeUnits[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  });
}

/** Date and time; `dateOnly` for the second line of a narrow list, which has no room for the time. */
export function formatModified(intl: IntlShape, iso: string | undefined, { dateOnly = false } = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return intl.formatDate(date, dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatItemCount(intl: IntlShape, count: number): string {
  return intl.formatMessage({ id: 'drive.item.count' }, { count });
}

/**
 * `/drive/root:/Reports/2026` (a parentReference.path) → `['Reports', '2026']`; the top folder is
 * `[]`; undefined when the path says nothing about folders.
 */
export function folderOf(parentPath: string | undefined): string[] | undefined {
  if (parentPath === undefined) return undefined;
  const colon = parentPath.indexOf(':');
  if (colon === -1) return undefined;
  return parentPath
    .slice(colon + 1)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}
