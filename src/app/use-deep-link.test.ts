import { describe, expect, it } from 'vitest';
import { readTarget } from './use-deep-link';

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

describe('readTarget', () => {
  it('reads ?target= and keeps it for after the sign-in redirect', () => {
    const storage = memoryStorage();
    const url = 'https://contoso.sharepoint.com/:x:/g/Q3 Übersicht.xlsx?e=1&x=2';
    expect(readTarget({ search: `?target=${encodeURIComponent(url)}` }, storage)).toBe(url);
    expect(readTarget({ search: '' }, storage)).toBe(url);
  });

  it('is null when no target was given', () => {
    expect(readTarget({ search: '?state=abc' }, memoryStorage())).toBeNull();
  });
});
