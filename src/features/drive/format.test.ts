import { describe, expect, it } from 'vitest';
import { fileKind } from './file-icon';
import { folderOf, formatModified, formatSize } from './format';

describe('formatSize', () => {
  it('uses bytes, then binary multiples with one decimal below ten', () => {
    expect(formatSize(0, 'en-US')).toBe('0 bytes');
    expect(formatSize(1, 'en-US')).toBe('1 byte');
    expect(formatSize(1536, 'en-US')).toBe('1.5 kB');
    expect(formatSize(25 * 1024 * 1024, 'en-US')).toBe('25 MB');
    expect(formatSize(undefined)).toBe('—');
  });
});

describe('formatModified', () => {
  it('formats a Graph timestamp and tolerates garbage', () => {
    expect(formatModified('2026-03-04T10:20:00Z', 'en-US')).toMatch(/Mar 4, 2026/);
    expect(formatModified('yesterday')).toBe('—');
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
  it('reads the folder out of a parentReference path', () => {
    expect(folderOf('/drive/root:/Reports/Q3%20Drafts')).toBe('Reports › Q3 Drafts');
    expect(folderOf('/drives/b!x/root:')).toBe('the top folder');
    expect(folderOf(undefined)).toBeUndefined();
    expect(folderOf('/drive/root')).toBeUndefined();
  });
});
