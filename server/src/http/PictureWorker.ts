import { Worker } from 'node:worker_threads';

type Answer = { id: number; json?: Uint8Array; error?: string };

/**
 * One worker thread that reads the pictures of sleeping boards from their stored states, started
 * on first use (so a server whose boards are awake, or never pictured, runs none) and again after
 * a crash. It never keeps the process alive.
 */
export class PictureWorker {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (json: Uint8Array) => void; reject: (err: Error) => void }>();

  /** The picture (JSON bytes) of the board document whose state is `state`. */
  read(state: Uint8Array): Promise<Uint8Array> {
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, state });
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL('./pictureThread.js', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, json, error }: Answer) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (json) waiter?.resolve(json);
      else waiter?.reject(new Error(error ?? 'no picture'));
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(err);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the picture worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
