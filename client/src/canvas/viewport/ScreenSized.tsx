import { useCallback, type ReactNode } from 'react';
import type Konva from 'konva';
import { useStore } from '../../store/index.js';
import { CHEAP } from '../items/style.js';
import { Group } from '../konva.js';

/** Every mounted ScreenSized group: the camera keeps their scale, not React. */
const groups = new Set<Konva.Group>();

/** Scales every ScreenSized group to the view's `scale` (the camera calls it before it draws). */
export function keepScreenSized(scale: number): void {
  for (const group of groups) group.scale({ x: 1 / scale, y: 1 / scale });
}

/**
 * Children drawn at a fixed screen size (badges, labels, cursors), in screen pixels from the
 * board point (x, y). The camera rescales them with the view: zooming re-renders no component,
 * where a scale read from the store re-rendered each of them on every frame of a pinch.
 */
export function ScreenSized({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  const track = useCallback((group: Konva.Group | null) => {
    if (!group) return;
    const { scale } = useStore.getState().viewport;
    group.scale({ x: 1 / scale, y: 1 / scale });
    groups.add(group);
    return () => {
      groups.delete(group);
    };
  }, []);
  return (
    <Group {...CHEAP} ref={track} x={x} y={y}>
      {children}
    </Group>
  );
}
