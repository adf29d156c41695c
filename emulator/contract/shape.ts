// Compares an answer with a documentation example by shape: every property of the example must
// be present with the same JSON type, recursively; arrays compare their first element. Values
// themselves differ (the docs use their own tenant), so they are not compared.
export function shapeDifferences(actual: unknown, example: unknown, path = '$'): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (example === null) return [];
  if (kind(actual) !== kind(example)) return [`${path}: expected ${kind(example)}, got ${kind(actual)}`];
  if (Array.isArray(example)) {
    const actualList = actual as unknown[];
    if (example.length === 0) return [];
    if (actualList.length === 0) return [`${path}: expected a non-empty array`];
    return shapeDifferences(actualList[0], example[0], `${path}[0]`);
  }
  if (typeof example === 'object') {
    const actualObject = actual as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
      key in actualObject ? shapeDifferences(actualObject[key], value, `${path}.${key}`) : [`${path}.${key}: missing`],
    );
  }
  return [];
}
