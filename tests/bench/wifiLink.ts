// A school's Wi-Fi between a class and the server, emulated on loopback: a TCP proxy in front of the
// server that holds every chunk for half the round trip and lets all connections share one link's
// bandwidth per direction, in the order they sent (an access point serves its clients in turn).
import net from 'node:net';

/** The link: round trip, and the bandwidth all connections share in each direction. */
export interface LinkShape {
  rttMs: number;
  downMbit: number;
  upMbit: number;
}

/** A running link: clients connect to `port` instead of the server's. */
export interface WifiLink {
  port: number;
  close(): Promise<void>;
}

/** One direction of the shared link. */
class Direction {
  /** When the link has carried everything handed to it so far. */
  private freeAt = 0;
  private readonly bytesPerMs: number;

  constructor(
    mbit: number,
    private readonly delayMs: number,
  ) {
    this.bytesPerMs = (mbit * 1e6) / 8 / 1000;
  }

  /** When a chunk of `bytes` handed over now reaches the other end. */
  arrival(bytes: number): number {
    this.freeAt = Math.max(this.freeAt, performance.now()) + bytes / this.bytesPerMs;
    return this.freeAt + this.delayMs;
  }
}

/** Starts the link in front of the server on 127.0.0.1:`target`. */
export async function startWifiLink(target: number, shape: LinkShape): Promise<WifiLink> {
  const up = new Direction(shape.upMbit, shape.rttMs / 2);
  const down = new Direction(shape.downMbit, shape.rttMs / 2);
  const open = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const server = net.connect(target, '127.0.0.1');
    for (const socket of [client, server]) {
      open.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => {
        open.delete(socket);
        client.destroy();
        server.destroy();
      });
      socket.on('error', () => {}); // 'close' follows
    }
    carry(client, server, up);
    carry(server, client, down);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

/** Delivers what `from` sends to `to` when the link would, in order; ends `to` after the last chunk. */
function carry(from: net.Socket, to: net.Socket, link: Direction): void {
  const queue: { at: number; chunk: Buffer }[] = [];
  let scheduled = false;
  let ended = false;
  const schedule = (ms: number) => {
    scheduled = true;
    setTimeout(deliver, ms);
  };
  const deliver = () => {
    scheduled = false;
    while (queue.length > 0 && queue[0]!.at <= performance.now()) to.write(queue.shift()!.chunk);
    if (queue.length > 0) schedule(queue[0]!.at - performance.now());
    else if (ended) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    queue.push({ at: link.arrival(chunk.length), chunk });
    if (!scheduled) schedule(queue[0]!.at - performance.now());
  });
  from.on('end', () => {
    ended = true;
    if (!scheduled) schedule(0);
  });
}
