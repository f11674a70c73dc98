import { memo } from 'react';
import { Shape } from 'react-konva';
import { noteFill } from '@cocreate/shared';
import type { NoteRun } from '../scene/drawRuns.js';

/** Notes too small on screen to read, drawn as plain squares by one shape (one node for thousands). */
export const NoteBatch = memo(function NoteBatch({ notes }: { notes: NoteRun }) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(ctx) => {
        for (const n of notes) {
          ctx.setAttr('fillStyle', noteFill(n.color));
          ctx.fillRect(n.x, n.y, n.width, n.height);
        }
      }}
    />
  );
});
