import type { Room } from '../relay/Room.js';
import { EncodedBody } from './compression.js';
import { pictureJson } from './pictureJson.js';
import { PictureWorker } from './PictureWorker.js';

/**
 * A board document's items as plain records (JSON `{ "items": [...] }`, each valid against the
 * shared item schema): what a browser draws while the document itself is still being applied,
 * a second on a 10,000-note board. Made once per change of the document, and while it changes
 * at most once per `minIntervalMs`: a class joining a busy board shares one picture instead of
 * each reading 10,000 items again (the browser applies the current document right after). An
 * awake document is read as it is; a sleeping one's stored state is read in a worker thread,
 * so it is neither woken nor does loading it hold the server.
 */
export class BoardPictures {
  private readonly made = new WeakMap<Room, { version: number; at: number; body: Promise<EncodedBody> }>();
  private readonly worker = new PictureWorker();

  constructor(private readonly minIntervalMs = 1000) {}

  /** The picture of the room's document (read outside the room's queue: it is only a picture). */
  of(room: Room): Promise<EncodedBody> {
    const now = Date.now();
    const last = this.made.get(room);
    if (last && (last.version === room.version || now - last.at < this.minIntervalMs)) return last.body;
    const body = room.asleep ? room.state().then((state) => this.worker.read(state)) : Promise.resolve(pictureJson(room.doc));
    const made = body.then((json) => new EncodedBody(Buffer.from(json.buffer, json.byteOffset, json.byteLength)));
    this.made.set(room, { version: room.version, at: now, body: made });
    // A failed picture is not remembered: the next request tries again.
    made.catch(() => {
      if (this.made.get(room)?.body === made) this.made.delete(room);
    });
    return made;
  }
}
