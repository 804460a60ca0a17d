import type { ServerReply } from './server-reply';

/**
 * The service extensions named in an EHLO/LHLO reply (RFC 5321 §4.1.1.1): every line after the
 * first is a keyword and its parameters. Keywords are case-insensitive, so they are kept in
 * upper case; parameters keep their case.
 */
export type Extensions = ReadonlyMap<string, readonly string[]>;

export const NO_EXTENSIONS: Extensions = new Map();

export function parseExtensions(reply: ServerReply): Extensions {
  const extensions = new Map<string, string[]>();
  for (const line of reply.lines.slice(1)) {
    // Some old servers write "AUTH=LOGIN" (an early draft of RFC 2554); Postfix reads it too.
    const [keyword, ...params] = line.trim().split(/[ =]+/);
    if (keyword) extensions.set(keyword.toUpperCase(), params);
  }
  return extensions;
}

/** Whether AUTH was advertised with this SASL mechanism (names are case-insensitive, RFC 4422 §3.1). */
export function offersMechanism(extensions: Extensions, mechanism: string): boolean {
  const mechanisms = extensions.get('AUTH') ?? [];
  return mechanisms.some((name) => name.toUpperCase() === mechanism.toUpperCase());
}

/** RFC 1870 §4: the SIZE parameter is the largest message accepted; 0 or none means no fixed limit. */
export function sizeLimit(extensions: Extensions): number | undefined {
  const params = extensions.get('SIZE');
  if (params === undefined) return undefined;
  const limit = Number(params[0] ?? '0');
  return Number.isInteger(limit) && limit > 0 ? limit : undefined;
}
