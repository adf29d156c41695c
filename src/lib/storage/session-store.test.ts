import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '.';

afterEach(() => vi.restoreAllMocks());

describe('sessionStore', () => {
  it('is the tab’s sessionStorage where the browser allows it', () => {
    sessionStore().setItem('k', 'v');
    expect(window.sessionStorage.getItem('k')).toBe('v');
  });

  it('keeps working in memory where reading sessionStorage throws (a storage-blocked cross-site frame)', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const store = sessionStore();
    store.setItem('draft', '1');
    expect(sessionStore().getItem('draft')).toBe('1');
    store.removeItem('draft');
    expect(store.getItem('draft')).toBeNull();
  });
});
