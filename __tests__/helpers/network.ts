/** Network fixtures for fault tests: an HTTP CONNECT proxy and a black-holed port, on loopback. */
import { afterAll, beforeAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface Proxy {
  readonly url: string;
  /** The authority of each CONNECT, and the absolute URL of each plain proxied request. */
  readonly seen: string[];
  close(): Promise<void>;
}

/** A CONNECT proxy that logs what it is asked for and tunnels everything to `upstreamPort` on loopback. */
export async function startConnectProxy(upstreamPort: number): Promise<Proxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0] ?? '';
      const [method, target] = line.split(' ');
      seen.push(`${method} ${target}`);
      if (method !== 'CONNECT') {
        client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(upstreamPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

interface BlackHole {
  readonly port: number;
  close(): void;
}

/**
 * Why a connection attempt cannot be made to hang here, or undefined where it can. Linux and
 * macOS drop a SYN to a full accept queue, so the client waits as it would for a firewalled
 * address. Winsock answers it with a reset instead (the client gets WSAECONNREFUSED; see the
 * `listen` function's documentation), and libuv turns off SYN retries on loopback, so on Windows
 * the same port refuses at once, and no loopback port can stand for a black hole.
 */
export const NO_BLACK_HOLE: string | undefined =
  process.platform === 'win32'
    ? 'Winsock refuses a connection to a full accept queue instead of dropping it: nothing hangs on Windows'
    : undefined;

/** Why the Windows row (the full queue refusing) cannot run here, or undefined on Windows. */
export const QUEUE_NOT_REFUSED: string | undefined = NO_BLACK_HOLE ? undefined : 'a full accept queue refuses connections on Windows only';

/**
 * A port whose listener never accepts, with its accept queue filled: the kernel then drops new
 * SYNs (NO_BLACK_HOLE: Windows refuses them), so a connection attempt hangs as it would to a
 * firewalled address. (Node accepts every connection itself, so a small python3 process holds
 * the socket.)
 */
async function startBlackHole(): Promise<BlackHole> {
  // python3 on Linux and macOS; Windows runners call it python.
  const child: ChildProcess = spawn(
    process.platform === 'win32' ? 'python' : 'python3',
    [
      '-c',
      "import socket,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(900)",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
    child.once('error', reject);
  });
  // Three fill Linux's queue (backlog 0 holds one); Windows may round a backlog of 0 up a little.
  const fillers: Socket[] = [];
  for (let i = 0; i < (process.platform === 'win32' ? 8 : 3); i++) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    fillers.push(socket);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    port,
    close() {
      for (const socket of fillers) socket.destroy();
      child.kill();
    },
  };
}

/** A black hole for a test file: opened before its first test, closed after its last. */
export function useBlackHole(): { readonly port: number } {
  let hole: BlackHole | undefined;
  beforeAll(async () => {
    hole = await startBlackHole();
  });
  afterAll(() => {
    hole?.close();
  });
  return {
    get port(): number {
      if (!hole) throw new Error('the black hole is not open yet (use its port inside a test)');
      return hole.port;
    },
  };
}
