import { describe, expect, it } from 'vitest';
import { forgetSession, mayBeSignedIn, noteSignedIn, noteSigningIn } from './session-hint';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('session hint', () => {
  it('says signed out for a fresh tab, and may-be-signed-in once a sign-in started or succeeded', () => {
    const storage = memoryStorage();
    expect(mayBeSignedIn(storage)).toBe(false);
    noteSigningIn(storage);
    expect(mayBeSignedIn(storage)).toBe(true);
    noteSignedIn(storage);
    expect(mayBeSignedIn(storage)).toBe(true);
    forgetSession(storage);
    expect(mayBeSignedIn(storage)).toBe(false);
  });
});
