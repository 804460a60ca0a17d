/** Every leaf path of a nested message object ("app.title", "simulator.panels.map"). */
export function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** Keys present in one language and not the other, named so the failure says what to add. */
export function missingKeys(
  a: unknown,
  b: unknown,
): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const first = new Set(leafKeys(a));
  const second = new Set(leafKeys(b));
  return {
    onlyInFirst: [...first].filter((key) => !second.has(key)).sort(),
    onlyInSecond: [...second].filter((key) => !first.has(key)).sort(),
  };
}
