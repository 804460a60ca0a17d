import type { Messages } from '../../content/locales/en';
import type { ConfigError } from './validate';

type WorldErrorTexts = Messages['worldErrors'];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

function pick(table: Readonly<Record<string, string>>, key: string | undefined): string {
  return key !== undefined && key in table ? (table[key] as string) : (key ?? '');
}

/** One sentence in the given language that names the field and says what is wrong with it. */
export function formatConfigError(error: ConfigError, texts: WorldErrorTexts): string {
  const values: Record<string, string> = {
    ...error.params,
    path: error.path === '' ? texts.whole : error.path,
    expected: pick(texts.types, error.params.expected),
    received:
      error.code === 'type'
        ? pick(texts.types, error.params.received)
        : (error.params.received ?? ''),
    format: pick(texts.formats, error.params.format),
    kind: pick(texts.kinds, error.params.kind),
  };
  if (error.code === 'version') {
    values.expected = error.params.expected ?? '';
  }
  return fill(texts[error.code], values);
}
