import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../i18n';
import { messages as arabic } from '../../i18n/catalogs/ar';
import { messages as german } from '../../i18n/catalogs/de';
import { fileKind } from './file-icon';
import { folderOf, formatItemCount, formatModified, formatSize } from './format';

const en = createIntl({ locale: 'en-US', messages: englishMessages, timeZone: 'UTC' });
const de = createIntl({ locale: 'de-DE', messages: german, timeZone: 'UTC' });
const ar = createIntl({ locale: 'ar', messages: arabic, timeZone: 'UTC' });

describe('formatSize', () => {
  it('uses bytes, then binary multiples with one decimal below ten', () => {
    expect(formatSize(en, 0)).toBe('0 bytes');
    expect(formatSize(en, 1)).toBe('1 byte');
    expect(formatSize(en, 1536)).toBe('1.5 kB');
    expect(formatSize(en, 25 * 1024 * 1024)).toBe('25 MB');
    expect(formatSize(en, undefined)).toBe('—');
  });

  it('writes numbers and units the way the language does', () => {
    expect(formatSize(de, 1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(formatSize(de, 1)).toMatch(/^1\sByte$/); // with a no-break space
    expect(formatSize(ar, 1.5 * 1024 * 1024)).not.toMatch(/MB/);
  });
});

describe('formatModified', () => {
  it('formats a Graph timestamp in the language and tolerates garbage', () => {
    expect(formatModified(en, '2026-03-04T10:20:00Z')).toMatch(/Mar 4, 2026/);
    expect(formatModified(de, '2026-11-22T10:20:00Z')).toMatch(/^22\.11\.2026/);
    expect(formatModified(en, 'yesterday')).toBe('—');
    expect(formatModified(en, '2026-03-04T10:20:00Z', { dateOnly: true })).toBe('Mar 4, 2026');
    expect(formatModified(de, '2026-11-22T10:20:00Z', { dateOnly: true })).toBe('22.11.2026');
  });
});

describe('formatItemCount', () => {
  it('uses each language’s plural forms, Arabic’s six included', () => {
    expect([0, 1, 3].map((count) => formatItemCount(en, count))).toEqual(['0 items', '1 item', '3 items']);
    expect([1, 3].map((count) => formatItemCount(de, count))).toEqual(['1 Element', '3 Elemente']);
    // Digits are whatever the locale's numbering system is (Latin or Arabic-Indic, by ICU version).
    const n = (count: number) => ar.formatNumber(count);
    expect([0, 1, 2, 3, 11, 100].map((count) => formatItemCount(ar, count))).toEqual([
      'لا عناصر',
      'عنصر واحد',
      'عنصران',
      `${n(3)} عناصر`,
      `${n(11)} عنصرًا`,
      `${n(100)} عنصر`,
    ]);
  });
});

describe('fileKind', () => {
  it('reads folders and extensions, case-insensitively', () => {
    expect(fileKind({ name: 'Reports', folder: {} })).toBe('folder');
    expect(fileKind({ name: 'Q3 Report.XLSX', file: {} })).toBe('spreadsheet');
    expect(fileKind({ name: '.profile', file: {} })).toBe('file');
    expect(fileKind({ name: 'README', file: {} })).toBe('file');
  });
});

describe('folderOf', () => {
  it('reads the folders out of a parentReference path', () => {
    expect(folderOf('/drive/root:/Reports/Q3%20Drafts')).toEqual(['Reports', 'Q3 Drafts']);
    expect(folderOf('/drives/b!x/root:')).toEqual([]);
    expect(folderOf(undefined)).toBeUndefined();
    expect(folderOf('/drive/root')).toBeUndefined();
  });
});
