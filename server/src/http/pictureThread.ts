// The worker thread of PictureWorker: reads a board's picture from its stored state, so loading
// 10,000 notes into Yjs for it never holds the server's event loop.
import { parentPort } from 'node:worker_threads';
import * as Y from 'yjs';
import { pictureJson } from './pictureJson.js';

parentPort?.on('message', ({ id, state }: { id: number; state: Uint8Array }) => {
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const json = pictureJson(doc);
    doc.destroy();
    parentPort!.postMessage({ id, json }, [json.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
