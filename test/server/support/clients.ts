import { execFile } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { validateWorld } from '../../../src/world/config/validate';
import { classroomWorld } from '../../../src/content/worlds/classroom';
import { MailServer } from '../../../src/server/mail-server';

/** Starts the classroom world's servers on free ports: a random offset, tried again if taken. */
export async function startClassroomServer(clockRate = 1): Promise<MailServer> {
  const result = validateWorld(classroomWorld);
  if (!result.ok) throw new Error('the classroom world does not validate');
  for (let attempt = 0; ; attempt += 1) {
    const portOffset = 10_000 + Math.floor(Math.random() * 40_000);
    try {
      return await MailServer.start({ world: result.world, portOffset, clockRate });
    } catch (error) {
      if (attempt >= 5 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
}

/** The loopback port that plays `worldPort` (25, 587, 465, 110, 995, 143, 993). */
export function portOf(server: MailServer, worldPort: number): number {
  const listener = server.listeners.find((l) => l.role.worldPort === worldPort);
  if (listener === undefined) throw new Error(`no listener plays port ${worldPort}`);
  return listener.port;
}

/** Runs a program and gives its standard output; fails with its standard error. */
export function run(program: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { encoding: 'utf8', timeout: 20_000 }, (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new Error(`${program} failed: ${error.message}\n${stderr}`));
    });
  });
}

/** Opens a TCP connection from `localAddress` (a 127/8 address) and waits until it is up. */
export function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves when `received()` holds `count` CRLF lines, or the socket closed. */
function linesOrClose(socket: Socket, received: () => string, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (received().split('\r\n').length - 1 >= count || socket.destroyed) {
        socket.off('data', check);
        resolve();
      }
    };
    socket.on('data', check);
    socket.once('close', () => resolve());
    check();
  });
}

/**
 * A person at a terminal: sends each chunk after the server has said `waitLines[i]` lines in
 * all, then waits for the server to close (or for `endLines` lines), and gives the transcript
 * of what the server said.
 */
export async function converse(
  port: number,
  chunks: readonly { send: string | Uint8Array; after: number }[],
  end: { lines: number } | 'close',
  localAddress = '127.0.0.1',
): Promise<string> {
  const socket = await open(port, localAddress);
  const closed = new Promise((resolve) => socket.once('close', resolve));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  for (const chunk of chunks) {
    await linesOrClose(socket, () => received, chunk.after);
    socket.write(chunk.send);
  }
  if (end === 'close') await closed;
  else await linesOrClose(socket, () => received, end.lines);
  socket.destroy();
  return received;
}
