import { describe, expect, it } from 'vitest';
import { formatTable, gzipSize, measureView, staticGraph, type Manifest } from './size-guard';

// A build in miniature: two pages sharing a vendor chunk; the signed-in app and the dialog are
// lazy, and the dialog lazily loads a date picker that no first view waits for.
const manifest: Manifest = {
  'index.html': { file: 'assets/main.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/app.tsx'] },
  'embed.html': { file: 'assets/embed.js', isEntry: true, imports: ['_vendor.js', '_auth.js'], dynamicImports: ['src/dialog.tsx'] },
  '_vendor.js': { file: 'assets/vendor.js', css: ['assets/vendor.css'] },
  '_auth.js': { file: 'assets/auth.js', imports: ['_vendor.js'] },
  'src/app.tsx': { file: 'assets/app.js', isDynamicEntry: true, imports: ['_auth.js', 'index.html'], dynamicImports: ['src/dialog.tsx'] },
  'src/dialog.tsx': { file: 'assets/dialog.js', isDynamicEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/date-picker.tsx'] },
  'src/date-picker.tsx': { file: 'assets/date-picker.js', isDynamicEntry: true },
};

const contents: Record<string, string> = {
  'assets/main.js': 'm'.repeat(100),
  'assets/embed.js': 'e'.repeat(200),
  'assets/vendor.js': Array.from({ length: 400 }, (_, index) => String.fromCharCode(33 + ((index * 7919) % 90))).join(''),
  'assets/auth.js': 'a'.repeat(300),
  'assets/app.js': 'p'.repeat(50),
  'assets/dialog.js': 'd'.repeat(80),
  'assets/date-picker.js': 'x'.repeat(5000),
};
const read = (file: string) => Buffer.from(contents[file] ?? '');
const gz = (...files: string[]) => files.reduce((sum, file) => sum + gzipSize(read(file)), 0);

describe('size guard', () => {
  it('follows static imports once each, never dynamic ones', () => {
    expect(staticGraph(manifest, ['index.html'])).toEqual(['assets/main.js', 'assets/vendor.js']);
    // app.tsx imports the entry back and shares the vendor chunk: each file counts once.
    expect(staticGraph(manifest, ['index.html', 'src/app.tsx', 'src/dialog.tsx'])).toEqual([
      'assets/main.js',
      'assets/vendor.js',
      'assets/app.js',
      'assets/auth.js',
      'assets/dialog.js',
    ]);
  });

  it('sums the gzip size of each JS file of the view and compares it with the budget', () => {
    const deepLink = measureView(manifest, { name: 'deep link', needs: ['index.html', 'src/app.tsx', 'src/dialog.tsx'], budgetBytes: 10_000 }, read);
    expect(deepLink.files).not.toContain('assets/vendor.css');
    expect(deepLink.files).not.toContain('assets/date-picker.js');
    expect(deepLink.gzipBytes).toBe(gz('assets/main.js', 'assets/vendor.js', 'assets/app.js', 'assets/auth.js', 'assets/dialog.js'));
    expect(deepLink.rawBytes).toBe(100 + 400 + 50 + 300 + 80);
    expect(deepLink.withinBudget).toBe(true);

    const tight = measureView(
      manifest,
      { name: 'embed', needs: ['embed.html'], budgetBytes: gz('assets/embed.js', 'assets/vendor.js', 'assets/auth.js') - 1 },
      read,
    );
    expect(tight.withinBudget).toBe(false);
    expect(tight.passes).toBe(false);
    expect(formatTable([deepLink, tight])).toMatch(/embed .*OVER$/m);
  });

  it('lets a view over budget pass only up to its ceiling', () => {
    const size = gz('assets/embed.js', 'assets/vendor.js', 'assets/auth.js');
    const view = { name: 'embed', needs: ['embed.html'], budgetBytes: size - 10 };
    expect(measureView(manifest, { ...view, ceilingBytes: size }, read)).toMatchObject({ withinBudget: false, passes: true });
    expect(measureView(manifest, { ...view, ceilingBytes: size - 1 }, read)).toMatchObject({ withinBudget: false, passes: false });
  });

  it('fails loudly when a view names a chunk the build no longer has', () => {
    expect(() => staticGraph(manifest, ['src/renamed.tsx'])).toThrow(/no chunk "src\/renamed.tsx"/);
  });
});
