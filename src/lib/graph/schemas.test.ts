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

  it('leaves the drive id empty rather than guessing when remoteItem has none', () => {
    const entry = driveItemSchema.parse({ id: 'LOCAL', name: 'x', remoteItem: { id: '01R' } });
    expect(toDriveItemRef(entry, 'b!mine').driveId).toBe('');
  });
});
