import { useStore } from './store/index.js';
import { getLiveSession } from './sync/liveSession.js';

// The board code (and Konva with it) loads on demand: it hands its stages over when it arrives.
let konvaStages: () => readonly unknown[] = () => [];

/** Lets the board code, loaded after the shell, show its Konva stages to tests. */
export function exposeStages(stages: () => readonly unknown[]): void {
  konvaStages = stages;
}

/**
 * A read-only window onto the app for end-to-end tests and debugging, in every build:
 * `window.__cocreate.store.getState()` (items, viewport, selection, …) and
 * `window.__cocreate.live()` (the live session) and `window.__cocreate.stages()` (the Konva
 * stages, to read what is drawn; empty until the board has loaded). Tests assert through it;
 * they never write.
 */
export function exposeTestHook(): void {
  (window as unknown as { __cocreate: unknown }).__cocreate = { store: useStore, live: getLiveSession, stages: () => konvaStages() };
}
