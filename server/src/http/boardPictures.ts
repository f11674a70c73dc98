import type { Room } from '../relay/Room.js';
import { EncodedBody } from './compression.js';

/**
 * Board pictures as HTTP bodies: the room's picture (its items as plain records, which a browser
 * draws while the document itself is still being applied, a second on a 10,000-note board), made
 * compressed (see boardPicture) and sent as it is. While the board changes, at most one per
 * `minIntervalMs`: a class joining a busy board shares one picture instead of each reading 10,000
 * items again (the browser applies the current document right after).
 */
export class BoardPictures {
  private readonly made = new WeakMap<Room, { version: number; at: number; body: EncodedBody }>();

  constructor(private readonly minIntervalMs = 1000) {}

  /** The picture of the room's document (read as it is now, outside the room's queue: it is only a picture); null when it has none. */
  of(room: Room): EncodedBody | null {
    const now = Date.now();
    const last = this.made.get(room);
    if (last && (last.version === room.version || now - last.at < this.minIntervalMs)) return last.body;
    const picture = room.picture();
    if (!picture) return null;
    const body = EncodedBody.stored(Buffer.from(picture.buffer, picture.byteOffset, picture.byteLength));
    this.made.set(room, { version: room.version, at: now, body });
    return body;
  }
}
