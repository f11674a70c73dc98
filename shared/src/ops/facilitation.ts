import type * as Y from 'yjs';
import { facilitationMap, readFacilitation } from '../read/facilitation.js';
import { ViewSchema, type View } from '../schema/facilitation.js';
import { originOf, type OpOptions } from './origin.js';

/** Turns Follow me on or off; false when it already was. */
export function setFollowMe(control: Y.Doc, on: boolean, opts?: OpOptions): boolean {
  if (readFacilitation(control).followMe === on) return false;
  control.transact(() => facilitationMap(control).set('followMe', on), originOf(opts));
  return true;
}

/**
 * Brings everyone to `view` (the facilitator's board and visible area): one request, counted, so a
 * client that was offline or joins later still moves once. Throws on an invalid view; returns the
 * request's number.
 */
export function bringEveryoneHere(control: Y.Doc, view: View, opts?: OpOptions): number {
  const target = ViewSchema.parse(view);
  const seq = readFacilitation(control).bringSeq + 1;
  const map = facilitationMap(control);
  control.transact(() => {
    map.set('bringView', target);
    map.set('bringSeq', seq);
  }, originOf(opts));
  return seq;
}
