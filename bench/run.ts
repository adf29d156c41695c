// `npm run bench [name…]`: runs each registered benchmark (or the named ones), prints one table of
// every figure against its goal with the machine, browser and package versions, and writes the
// same as JSON to bench/results/ (commit it with the change that moved the figures).
// A benchmark is a module exporting `run(): Promise<BenchResult[]>`; register it below.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { run as drive } from './drive';
import { run as firstView } from './first-view';
import { run as floor } from './floor';
import { run as many } from './many';
import { run as recipients } from './recipients';
import type { BenchResult } from './stats';

const registry: Record<string, () => Promise<BenchResult[]>> = {
  'first-view': firstView,
  floor,
  drive,
  recipients,
  many,
};

// Goals of issue 14 for figures whose benchmarks do not state one themselves (matched by metric).
const GOALS: { bench: string; metric: RegExp; goal: number }[] = [
  { bench: 'recipients', metric: /^paste 1,000 entries/, goal: 100 },
  { bench: 'recipients', metric: /^keystroke → paint with 200 chips/, goal: 16 },
  { bench: 'drive', metric: /^End on first row → last of 10,000 rows/, goal: 1000 },
];

const PACKAGES = [
  'react',
  'react-dom',
  '@fluentui/react-components',
  '@azure/msal-browser',
  'react-intl',
  '@tanstack/react-query',
  'vite',
  'lighthouse',
  '@playwright/test',
];

function versionOf(name: string): string {
  try {
    return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

async function environment() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const version = browser.version();
  await browser.close();
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${process.platform} ${release()}` },
    node: process.version,
    browser: `Chromium ${version}`,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])),
  };
}

type Row = BenchResult & { bench: string; status: 'met' | 'NOT MET' | 'no goal' };

function format(value: number, unit: string) {
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === '') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return `${value.toFixed(1)} ${unit}`;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in registry));
  if (unknown.length > 0) throw new Error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(registry).join(', ')}`);
  const env = await environment();
  const rows: Row[] = [];
  for (const [name, bench] of Object.entries(registry)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.info(`running ${name}…`);
    for (const result of await bench()) {
      const goal = result.goal ?? GOALS.find((entry) => entry.bench === name && entry.metric.test(result.metric))?.goal;
      const met = goal === undefined ? undefined : result.higherIsBetter ? result.median >= goal : result.median <= goal;
      rows.push({ bench: name, ...result, goal, status: met === undefined ? 'no goal' : met ? 'met' : 'NOT MET' });
    }
  }
  const header = [
    `${env.date} · ${env.machine.cpu} × ${env.machine.cores}, ${env.machine.memoryGiB} GiB, ${env.machine.os} · Node ${env.node} · ${env.browser}`,
    Object.entries(env.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(' · '),
  ];
  const table = [
    ['benchmark', 'metric', 'median', 'goal', '', 'samples'],
    ...rows.map((row) => [
      row.bench,
      row.metric,
      format(row.median, row.unit),
      row.goal === undefined ? '-' : `${row.higherIsBetter ? '≥' : '≤'} ${format(row.goal, row.unit)}`,
      row.status,
      row.samples.map((sample) => (row.unit === '' || row.unit === 'kB' ? format(sample, row.unit) : sample.toFixed(0))).join(' '),
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  const notes = rows.filter((row) => row.note).map((row) => `${row.bench}: ${row.note}`);
  console.info(
    [
      ...header,
      '',
      ...table.map((cells) =>
        cells
          .map((cell, column) => cell.padEnd(widths[column]!))
          .join('  ')
          .trimEnd(),
      ),
      '',
      ...notes,
    ].join('\n'),
  );

  mkdirSync(join('bench', 'results'), { recursive: true });
  const file = join('bench', 'results', `${env.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...env, results: rows }, null, 2)}\n`);
  console.info(`\nwritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
