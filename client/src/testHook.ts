import Konva from 'konva';
import { useStore } from './store/index.js';
import { getLiveSession } from './sync/liveSession.js';

/**
 * A read-only window onto the app for end-to-end tests and debugging, in every build:
 * `window.__cocreate.store.getState()` (items, viewport, selection, …) and
 * `window.__cocreate.live()` (the live session) and `window.__cocreate.stages()` (the Konva
 * stages, to read what is drawn). Tests assert through it; they never write.
 */
export function exposeTestHook(): void {
  (window as unknown as { __cocreate: unknown }).__cocreate = { store: useStore, live: getLiveSession, stages: () => Konva.stages };
}
