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

/** Key prefixes explained in a catalogue of another name: the mail checks share one. */
const SHARED_HOMES: Record<string, string> = {
  spf: 'mail-auth',
  dkim: 'mail-auth',
  dmarc: 'mail-auth',
};

/**
 * The catalogues that may explain a key: its protocol's own, then the world's, which explains
 * what happens around the protocols (connections, TLS, queues, deliveries, log lines).
 */
function cataloguesFor(key: string): string[] {
  const prefix = key.split('.')[0] ?? '';
  const shared = SHARED_HOMES[prefix];
  if (shared !== undefined) return [shared];
  // `smtpClient.state.x` lives in smtp-client.<lang>.ts: file names are kebab-case.
  const own = prefix.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return own === 'world' ? [own] : [own, 'world'];
}

/** The first of a step's explanation keys (most specific first) that a catalogue explains. */
export async function findExplanation(
  keys: readonly string[],
  language: Language,
): Promise<{ key: string; explanation: Explanation } | null> {
  for (const key of keys) {
    for (const file of cataloguesFor(key)) {
      const catalogue = await loadCatalogue(file, language);
      const explanation = catalogue?.[key];
      if (explanation !== undefined) return { key, explanation };
    }
  }
  return null;
}
