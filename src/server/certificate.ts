import { createSecureContext, type SecureContext } from 'node:tls';
import { generate } from 'selfsigned';

/**
 * A self-signed certificate for every host name of the world (and localhost), made at start and
 * kept in memory only: clients must be told to accept it (`curl -k`, Thunderbird's exception).
 */
export interface Certificate {
  /** PEM texts, for `tls.createServer` (implicit TLS ports). */
  key: string;
  cert: string;
  /** The same, for sockets upgraded by STARTTLS. */
  context: SecureContext;
}

export async function selfSignedCertificate(names: readonly string[]): Promise<Certificate> {
  const [first = 'localhost'] = names;
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: first }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 3600 * 1000),
    notAfterDate: new Date(now + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...names.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const key = pems.private;
  return { key, cert: pems.cert, context: createSecureContext({ key, cert: pems.cert }) };
}
