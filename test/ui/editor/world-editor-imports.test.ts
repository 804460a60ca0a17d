import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source module `entry` loads at run time (type-only imports load nothing). */
function runtimeModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gms)) {
      if (match[1] !== undefined) continue;
      const base = resolve(dirname(file), match[2] as string);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
      if (found !== undefined) visit(found);
    }
  };
  visit(resolve(entry));
  return new Set([...seen].map((file) => relative(resolve('src'), file)));
}

describe('the world editor chunk', () => {
  it('loads no engine: no protocol, no world run', () => {
    const modules = [...runtimeModules('src/ui/editor/WorldEditor.tsx')];
    expect(modules).toContain('state/world-edits.ts');
    expect(modules).toContain('world/config/validate.ts');
    expect(
      modules.filter((m) => m.startsWith('protocols/') || /world\/(run|live)-world/.test(m)),
    ).toEqual([]);
  });

  it('can be loaded lazily, by its default export', async () => {
    const module = await import('../../../src/ui/editor/WorldEditor');
    expect(module.default).toBe(module.WorldEditor);
  });
});
