// Fuzzy matching for /me/people?$search: every word typed must start a word of the name or the
// address, allowing one typo in words of four letters or more (two from seven), so "adel",
// "vance" and "meagan" all find people the way the People API's fuzzy search does.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 2 for an exact prefix, 1 for a prefix with allowed typos, 0 for no match. */
function wordScore(word: string, typed: string): number {
  if (word.startsWith(typed)) return 2;
  const allowed = typed.length >= 7 ? 2 : typed.length >= 4 ? 1 : 0;
  if (allowed === 0) return 0;
  // Compare with the word's prefixes around the typed length, so typos inside a prefix count.
  for (let length = typed.length - allowed; length <= typed.length + allowed; length += 1) {
    if (length > 0 && editDistance(word.slice(0, length), typed) <= allowed) return 1;
  }
  return 0;
}

/** The lowest word score over the typed words (0 when one of them matches nothing). */
export function fuzzyScore(fields: string[], query: string): number {
  const words = fields.flatMap((f) => f.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const typed = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (typed.length === 0) return 2;
  return Math.min(...typed.map((t) => Math.max(0, ...words.map((w) => wordScore(w, t)))));
}
