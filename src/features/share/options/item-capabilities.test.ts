import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../testing/english-text';
import { capabilitiesFor, expiryDateTime, fitOptions, startOfTomorrow, type Capability } from './item-capabilities';

const reason = (capability: Capability) => (capability.available ? undefined : inEnglish(capability.reason));

describe('capabilitiesFor', () => {
  it('refuses the root of a personal drive, with the reason', () => {
    const root = capabilitiesFor({ isRoot: true, isFolder: true, driveType: 'personal' });
    expect(root.shareable).toEqual({ available: false, reason: { id: 'share.options.rootNotShareable' } });
    expect(reason(root.shareable)).toMatch(/top folder of a personal OneDrive/);
    expect(capabilitiesFor({ isRoot: true, isFolder: true, driveType: 'documentLibrary' }).shareable.available).toBe(true);
  });

  it('offers password and expiry only on personal drives', () => {
    const personal = capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'personal' });
    expect(personal.password.available).toBe(true);
    expect(personal.expires.available).toBe(true);
    for (const driveType of ['business', 'documentLibrary', undefined]) {
      const other = capabilitiesFor({ isRoot: false, isFolder: false, driveType });
      expect(reason(other.password)).toMatch(/personal OneDrive/);
      expect(reason(other.expires)).toMatch(/only to sharing links/);
    }
  });

  it('does not offer invitations without sign-in for folders', () => {
    const folder = capabilitiesFor({ isRoot: false, isFolder: true, driveType: 'business' }).requireSignInOff;
    expect(folder).toEqual({ available: false, reason: { id: 'share.options.signInAlwaysForFolders' } });
    expect(reason(folder)).toMatch(/must always sign in/);
    expect(capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'business' }).requireSignInOff.available).toBe(true);
  });
});

describe('fitOptions', () => {
  const now = new Date(2026, 11, 1, 15, 0);
  const choices = { requireSignIn: false, expires: new Date(2026, 11, 5), password: 'pw' };

  it('sends expiry (end of the chosen day) and password on a personal drive', () => {
    const fitted = fitOptions(capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'personal' }), choices, now);
    expect(fitted).toMatchObject({ requireSignIn: false, expirationDateTime: expiryDateTime(choices.expires), password: 'pw', expiresError: undefined });
    expect(new Date(fitted.expirationDateTime!).getHours()).toBe(23);
  });

  it('never sends what the item refuses, and locks sign-in on for folders', () => {
    const fitted = fitOptions(capabilitiesFor({ isRoot: false, isFolder: true, driveType: 'business' }), choices, now);
    expect(fitted).toMatchObject({ requireSignIn: true, expirationDateTime: undefined, password: undefined });
    expect(fitted.requireSignInLocked.available).toBe(false);
  });

  it('refuses an expiry that is not in the future, keeping the date', () => {
    const personal = capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'personal' });
    expect(fitOptions(personal, { ...choices, expires: new Date(2026, 11, 1) }, now).expiresError).toEqual({ id: 'share.options.pickFutureDate' });
    expect(fitOptions(personal, { ...choices, expires: new Date(2026, 11, 2) }, now).expiresError).toBeUndefined();
    expect(startOfTomorrow(now)).toEqual(new Date(2026, 11, 2));
  });
});
