import { describe, expect, it } from 'vitest';
import { driveItemSchema, toDriveItemRef } from './schemas';

describe('toDriveItemRef', () => {
  it('addresses an item by its parent drive id and its own id', () => {
    const item = driveItemSchema.parse({ id: '01A', name: 'Q3.xlsx', file: {}, parentReference: { driveId: 'b!mine' } });
    expect(toDriveItemRef(item, 'b!fallback')).toEqual({ driveId: 'b!mine', itemId: '01A', name: 'Q3.xlsx', isFolder: false });
  });

  it('uses remoteItem’s drive id and id for shared-with-me entries, never the local ones', () => {
    const entry = driveItemSchema.parse({
      id: 'LOCAL-ID',
      name: 'Plans',
      parentReference: { driveId: 'b!mine' },
      remoteItem: { id: '01REMOTE', folder: { childCount: 2 }, parentReference: { driveId: 'b!owner' } },
    });
    expect(toDriveItemRef(entry, 'b!mine')).toEqual({ driveId: 'b!owner', itemId: '01REMOTE', name: 'Plans', isFolder: true });
  });

  it('keeps what Graph said of the item’s drive and root, and says nothing it did not say', () => {
    const root = driveItemSchema.parse({ id: 'ROOT', name: 'root', root: {}, folder: {}, parentReference: { driveId: 'b!home', driveType: 'personal' } });
    expect(toDriveItemRef(root, 'b!home').known).toEqual({ driveType: 'personal', isRoot: true });
    const child = driveItemSchema.parse({ id: '01A', name: 'Q3.xlsx', file: {}, parentReference: { driveId: 'b!mine', driveType: 'business' } });
    expect(toDriveItemRef(child, 'b!mine').known).toEqual({ driveType: 'business', isRoot: false });
    const shared = driveItemSchema.parse({
      id: 'LOCAL',
      name: 'Plans',
      remoteItem: { id: '01R', folder: {}, parentReference: { driveId: 'b!owner', driveType: 'documentLibrary' } },
    });
    expect(toDriveItemRef(shared, 'b!mine').known).toEqual({ driveType: 'documentLibrary', isRoot: false });
    const silent = driveItemSchema.parse({ id: '01B', name: 'x', parentReference: { driveId: 'b!mine' } });
    expect(toDriveItemRef(silent, 'b!mine')).not.toHaveProperty('known');
  });

  it('leaves the drive id empty rather than guessing when remoteItem has none', () => {
    const entry = driveItemSchema.parse({ id: 'LOCAL', name: 'x', remoteItem: { id: '01R' } });
    expect(toDriveItemRef(entry, 'b!mine').driveId).toBe('');
  });
});
