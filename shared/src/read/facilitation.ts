import type * as Y from 'yjs';
import { CONTROL_ROOTS } from '../schema/control.js';
import { FacilitationSchema, ViewSchema, type Facilitation, type View } from '../schema/facilitation.js';

/** The control document's `facilitation` map (followMe, bringSeq, bringView). */
export function facilitationMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap(CONTROL_ROOTS.facilitation);
}

const NONE: Facilitation = { followMe: false, bringSeq: 0, bringView: null };

/** Follow me and the last "bring everyone here" request; an invalid map reads as neither. */
export function readFacilitation(control: Y.Doc): Facilitation {
  const parsed = FacilitationSchema.safeParse(facilitationMap(control).toJSON());
  return parsed.success ? parsed.data : NONE;
}

/** A view read from untrusted data (awareness), or null when it is not one. */
export function parseView(raw: unknown): View | null {
  const parsed = ViewSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
