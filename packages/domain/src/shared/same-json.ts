/**
 * Whether two JSON values are equal whatever order their object keys are in. Values read
 * back from the store come with their keys reordered (jsonb sorts them), so a plain
 * `JSON.stringify` comparison would see a change where there is none.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    // Code-unit order: unlike localeCompare it never depends on a locale.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
