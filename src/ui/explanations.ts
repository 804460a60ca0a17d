import type { Explanation, ExplanationCatalogue } from '../content/explanations/types';
import type { Language } from '../state/language';

/**
 * Explanation catalogues, one chunk per protocol and language (`smtp.fr.ts`), fetched only when
 * a student opens an explanation in that language.
 */
const CATALOGUES = import.meta.glob<Record<string, unknown>>('../content/explanations/*.*.ts');

const cache = new Map<string, Promise<ExplanationCatalogue | null>>();

function isCatalogue(value: unknown): value is ExplanationCatalogue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The catalogue of one protocol in one language, or null when none is written yet. */
export function loadCatalogue(
  protocol: string,
  language: Language,
): Promise<ExplanationCatalogue | null> {
  const path = `../content/explanations/${protocol}.${language}.ts`;
  let pending = cache.get(path);
  if (pending === undefined) {
    const load = CATALOGUES[path];
    pending =
      load === undefined
        ? Promise.resolve(null)
        : load().then((module) => {
            // A catalogue file exports one catalogue object, whatever its name.
            const found = Object.values(module).find(isCatalogue);
            return found ?? null;
          });
    cache.set(path, pending);
  }
  return pending;
}

/** The first of a step's explanation keys (most specific first) that a catalogue explains. */
export async function findExplanation(
  keys: readonly string[],
  language: Language,
): Promise<{ key: string; explanation: Explanation } | null> {
  for (const key of keys) {
    // `smtpClient.state.x` lives in smtp-client.<lang>.ts: file names are kebab-case.
    const protocol = (key.split('.')[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const catalogue = await loadCatalogue(protocol, language);
    const explanation = catalogue?.[key];
    if (explanation !== undefined) return { key, explanation };
  }
  return null;
}
