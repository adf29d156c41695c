/**
 * Puts the fault matrix's latest results into the README ("Faults and recovery"), between its
 * marker comments: `npm run fault-matrix:readme` after `npx playwright test e2e/fault-matrix.spec.ts`.
 * The table is made from test-results/fault-matrix.jsonl, which the suite writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { matrixTable, readResults, RESULTS_FILE } from '../e2e/fault-matrix-cases.ts';

const README = 'README.md';
const START = '<!-- fault-matrix:start -->';
const END = '<!-- fault-matrix:end -->';

const results = readResults();
if (results.length === 0) {
  console.error(`No results in ${RESULTS_FILE}: run npx playwright test e2e/fault-matrix.spec.ts first.`);
  process.exit(1);
}
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) {
  console.error(`${README} has no ${START} … ${END} section.`);
  process.exit(1);
}
writeFileSync(README, `${readme.slice(0, from + START.length)}\n${matrixTable(results)}${readme.slice(to)}`);
console.info(`Wrote ${results.length} results into ${README}.`);
