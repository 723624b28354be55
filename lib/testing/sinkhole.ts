import net from 'node:net';

/** One TCP connection the sinkhole accepted, with the first request line it read (if any). */
export interface SinkholeHit {
  family: 'IPv4' | 'IPv6';
  requestLine: string;
}

export interface Sinkhole {
  /** The one port it listens on, on 127.0.0.1 and (where the machine has it) on ::1. */
  port: number;
  ipv6: boolean;
  hits: SinkholeHit[];
  close(): Promise<void>;
}

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * A loopback server that counts every connection made to it — the thing a sealed renderer must
 * never reach. It speaks just enough HTTP to look like a real internal service: `/redirect…`
 * answers 302 to `/landed` on the same host (so a client that follows redirects connects twice),
 * `…css` answers a stylesheet, anything else a 1×1 PNG. Counting happens at accept, so even a
 * client that sends nothing is seen.
 */
export async function startSinkhole(): Promise<Sinkhole> {
  const hits: SinkholeHit[] = [];
  const sockets = new Set<net.Socket>();
  const onConnection = (family: SinkholeHit['family']) => (socket: net.Socket) => {
    const hit: SinkholeHit = { family, requestLine: '' };
    hits.push(hit);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      hit.requestLine = head.split('\r\n')[0] ?? '';
      const target = hit.requestLine.split(' ')[1] ?? '/';
      const [status, type, body] = target.startsWith('/redirect')
        ? (['302 Found\r\nLocation: /landed', 'text/plain', Buffer.from('moved')] as const)
        : target.endsWith('css')
          ? (['200 OK', 'text/css', Buffer.from('* { color: red }')] as const)
          : (['200 OK', 'image/png', PNG_1X1] as const);
      socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`), body]));
    });
  };
  const listen = (server: net.Server, host: string, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as net.AddressInfo).port));
    });
  const v4 = net.createServer(onConnection('IPv4'));
  const port = await listen(v4, '127.0.0.1', 0);
  const v6 = net.createServer(onConnection('IPv6'));
  const ipv6 = await listen(v6, '::1', port).then(
    () => true,
    () => false,
  );
  const servers = ipv6 ? [v4, v6] : [v4];
  return {
    port,
    ipv6,
    hits,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}

/**
 * Every way to write "this machine" in a URL's host that a browser accepts — the WHATWG URL parser
 * turns `127.1`, `0x7f000001` and `2130706433` into 127.0.0.1. IPv6 spellings only where ::1 listens
 * (`[::ffff:127.0.0.1]` is IPv4 on the wire).
 */
export function loopbackHosts(ipv6: boolean): string[] {
  return ['127.0.0.1', '127.1', '0x7f000001', '2130706433', '[::ffff:127.0.0.1]', 'localhost', 'localhost.', ...(ipv6 ? ['[::1]'] : [])];
}
