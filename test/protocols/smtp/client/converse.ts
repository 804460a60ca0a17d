import { SmtpClientSession } from '../../../../src/protocols/smtp/client/client-wire-adapter';
import type {
  ClientOptions,
  ClientOutput,
} from '../../../../src/protocols/smtp/client/client-types';
import type { ServerConfig } from '../../../../src/protocols/smtp/server-config';
import { SmtpServerSession } from '../../../../src/protocols/smtp/wire-adapter';
import type { Output } from '../../../../src/protocols/wire';

/**
 * The client and the server session joined by a perfect network: what one side emits is what
 * the other receives, TLS handshakes succeed at once. Returns the transcript as a student
 * would read it (`C:`/`S:` lines, the handshake, who closed and why).
 */
export function converse(
  options: ClientOptions,
  config: ServerConfig,
  /** Before its `batch`-th write (0 first) the client stalls `ms` on the shared clock. */
  stall?: { batch: number; ms: number },
) {
  const client = new SmtpClientSession(options);
  const server = new SmtpServerSession(config, { startTime: 0 });
  const transcript: string[] = [];
  const toServer: ClientOutput[] = [...client.start(0)];
  const toClient: Output[] = [];
  let now = 0;
  let writes = 0;

  const fromClient = (outputs: ClientOutput[]) => toServer.push(...outputs);
  if (toServer.some((output) => output.kind === 'tlsStart')) {
    toServer.length = 0;
    transcript.push('-- TLS handshake --');
    fromClient(client.tlsEstablished());
  }
  toClient.push(...server.open());

  // Each side writes everything it has in one go, as one TCP segment would carry a pipelined
  // group, and the other side reads it as one chunk.
  for (let turn = 0; turn < 200 && (toServer.length > 0 || toClient.length > 0); turn += 1) {
    if (toServer.length > 0) {
      if (stall !== undefined && stall.batch === writes) {
        now += stall.ms;
        toClient.push(...server.tick(now));
        fromClient(client.tick(now));
        if (toClient.length > 0) {
          toServer.splice(0);
          writes += 1;
          continue;
        }
      }
      writes += 1;
      const outputs = toServer.splice(0);
      let chunk = '';
      const flush = () => {
        if (chunk !== '') toClient.push(...server.receive(chunk));
        chunk = '';
      };
      for (const output of outputs) {
        if (output.kind === 'line') {
          transcript.push(`C: ${output.text.replace(/\r\n$/, '')}`);
          chunk += output.text;
        }
        if (output.kind === 'data') {
          transcript.push(
            ...output.text
              .split('\r\n')
              .slice(0, -1)
              .map((l) => `C: ${l}`),
          );
          chunk += output.text;
        }
        if (output.kind === 'tlsStart') {
          flush();
          transcript.push('-- TLS handshake --');
          toClient.push(...server.tlsEstablished());
          fromClient(client.tlsEstablished());
        }
        if (output.kind === 'close') transcript.push(`-- client closes: ${output.reason} --`);
      }
      flush();
      continue;
    }
    const outputs = toClient.splice(0);
    const chunk = outputs.map((output) => (output.kind === 'line' ? output.text : '')).join('');
    for (const output of outputs) {
      if (output.kind === 'line') {
        transcript.push(
          ...output.text
            .replace(/\r\n$/, '')
            .split('\r\n')
            .map((l) => `S: ${l}`),
        );
      }
    }
    if (chunk !== '') fromClient(client.receive(chunk));
    for (const output of outputs) {
      if (output.kind !== 'close') continue;
      transcript.push(`-- server closes: ${output.reason} --`);
      if (!client.closed) fromClient(client.disconnect());
    }
  }
  return { transcript, result: client.result, client, server };
}
