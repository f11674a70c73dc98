import { readItems } from '@cocreate/shared';
import type { Room } from '../relay/Room.js';
import { EncodedBody } from './compression.js';

/**
 * A board document's items as plain records (JSON `{ "items": [...] }`, each valid against the
 * shared item schema): what a browser draws while the document itself is still being applied,
 * a second on a 10,000-note board. Made once per change of the document, and while it changes
 * at most once per `minIntervalMs`: a class joining a busy board shares one picture instead of
 * each reading 10,000 items again (the browser applies the current document right after).
 */
export class BoardPictures {
  private readonly made = new WeakMap<Room, { version: number; at: number; body: EncodedBody }>();

  constructor(private readonly minIntervalMs = 1000) {}

  /**
   * The picture of the room's document (read as it is now, outside the room's queue: it is only a
   * picture); null while the document sleeps unpictured: waking it would hold the server for as
   * long as the browser needs to apply the state (its stored bytes, served as they are).
   */
  of(room: Room): EncodedBody | null {
    const now = Date.now();
    const last = this.made.get(room);
    if (last && (last.version === room.version || now - last.at < this.minIntervalMs)) return last.body;
    if (room.asleep) return null;
    const body = new EncodedBody(Buffer.from(JSON.stringify({ items: readItems(room.doc) })));
    // The version after reading: waking a sleeping document counts no change.
    this.made.set(room, { version: room.version, at: now, body });
    return body;
  }
}
