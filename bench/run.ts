// `npm run bench [name…]`: runs each registered benchmark (or the named ones) and prints its medians.
// A benchmark is a module exporting `run(): Promise<BenchResult[]>`; register it below.
import { run as drive } from './drive';
import { run as recipients } from './recipients';
import type { BenchResult } from './stats';

const registry: Record<string, () => Promise<BenchResult[]>> = {
  drive,
  recipients,
};

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in registry));
  if (unknown.length > 0) throw new Error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(registry).join(', ')}`);
  const rows: (BenchResult & { bench: string })[] = [];
  for (const [name, bench] of Object.entries(registry)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.info(`running ${name}…`);
    for (const result of await bench()) rows.push({ bench: name, ...result });
  }
  const table = [
    ['benchmark', 'metric', 'median', 'samples'],
    ...rows.map((row) => [row.bench, row.metric, `${row.median.toFixed(1)} ${row.unit}`, row.samples.map((s) => s.toFixed(0)).join(' ')]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  console.info(table.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
