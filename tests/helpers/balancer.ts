// A TCP load balancer in front of several server processes, as nginx without sticky sessions: each
// new connection goes to the next live backend in turn. A backend taken out (a killed process)
// gets no new connections, so clients that lose theirs reconnect to another process.
import net from 'node:net';
import { afterAll } from 'vitest';

export interface Balancer {
  /** `ws://127.0.0.1:<port>/ws`: the base a y-websocket provider appends the doc name to. */
  wsUrl: string;
  /** Stops sending new connections to the backend on `port`. */
  remove(port: number): void;
  close(): Promise<void>;
}

const open = new Set<Balancer>();
afterAll(async () => {
  await Promise.all([...open].map((b) => b.close()));
});

/** Starts a balancer on a free port of 127.0.0.1 over the backends on `ports`. */
export async function startBalancer(ports: number[]): Promise<Balancer> {
  const backends = [...ports];
  const sockets = new Set<net.Socket>();
  let next = 0;
  const server = net.createServer((client) => {
    const port = backends[next++ % backends.length];
    const upstream = net.connect(port!, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      // A backend that dies resets its side: end the other, so the client sees the connection drop.
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const balancer: Balancer = {
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    remove(gone) {
      const i = backends.indexOf(gone);
      if (i >= 0) backends.splice(i, 1);
    },
    close: () =>
      new Promise<void>((resolve) => {
        open.delete(balancer);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  open.add(balancer);
  return balancer;
}
