import { describe, expect, it } from 'vitest';
import { capabilitiesFor } from './item-capabilities';

describe('capabilitiesFor', () => {
  it('refuses the root of a personal drive, with the reason', () => {
    const root = capabilitiesFor({ isRoot: true, isFolder: true, driveType: 'personal' });
    expect(root.shareable).toEqual({ available: false, reason: expect.stringMatching(/top folder of a personal OneDrive/) as unknown });
    expect(capabilitiesFor({ isRoot: true, isFolder: true, driveType: 'documentLibrary' }).shareable.available).toBe(true);
  });

  it('offers password and expiry only on personal drives', () => {
    const personal = capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'personal' });
    expect(personal.password.available).toBe(true);
    expect(personal.expires.available).toBe(true);
    for (const driveType of ['business', 'documentLibrary', undefined]) {
      const other = capabilitiesFor({ isRoot: false, isFolder: false, driveType });
      expect(other.password).toMatchObject({ available: false, reason: expect.stringMatching(/personal OneDrive/) as unknown });
      expect(other.expires).toMatchObject({ available: false, reason: expect.stringMatching(/only to sharing links/) as unknown });
    }
  });

  it('does not offer invitations without sign-in for folders', () => {
    expect(capabilitiesFor({ isRoot: false, isFolder: true, driveType: 'business' }).requireSignInOff).toMatchObject({ available: false });
    expect(capabilitiesFor({ isRoot: false, isFolder: false, driveType: 'business' }).requireSignInOff.available).toBe(true);
  });
});
