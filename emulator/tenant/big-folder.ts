// Generates the contents of a seeded "big folder" (seed.json bigFolders): `count` files with
// varied names, extensions, sizes and dates, the same on every build, so paging and virtualised
// lists can be tested against 10,000 items without a 10,000-entry seed file.
import type { SeedFile } from './seed';

const EXTENSIONS = ['docx', 'xlsx', 'pptx', 'pdf', 'txt', 'csv', 'png', 'jpg', 'md', 'zip'];
const WORDS = ['Invoice', 'Receipt', 'Scan', 'Draft', 'Minutes', 'Photo', 'Report', 'Plan', 'Quote', 'Notes'];

export function generatedItems(count: number, createdDateTime: string): SeedFile[] {
  const start = Date.parse(createdDateTime);
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    // A cheap deterministic scramble so sizes and dates do not follow the name order.
    const scrambled = (i * 7919 + 104_729) % 100_003;
    const created = new Date(start + (i % 365) * 86_400_000).toISOString().replace('.000', '');
    const modified = new Date(start + ((scrambled % 500) + (i % 365)) * 86_400_000 + (scrambled % 86_400) * 1000).toISOString().replace('.000', '');
    return {
      name: `${WORDS[i % WORDS.length]} ${String(i + 1).padStart(width, '0')}.${EXTENSIONS[scrambled % EXTENSIONS.length]}`,
      size: 1024 + scrambled * 37,
      createdDateTime: created,
      lastModifiedDateTime: modified,
    };
  });
}
