export interface BenchResult {
  metric: string;
  /** Median of the samples, in `unit`. */
  median: number;
  unit: string;
  samples: number[];
  /** The goal for the median, in `unit`; at most this, unless `higherIsBetter`. */
  goal?: number | undefined;
  higherIsBetter?: boolean | undefined;
  /** Printed under the table (what a count consisted of, say). */
  note?: string | undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
