import { setCurrentBoard, type View } from '@cocreate/shared';
import { showToast } from '../canvas/feedback/toast.js';
import { getCanvasSize, visibleRect } from '../canvas/viewport/camera.js';
import { useStore, type AppState, type Viewport } from '../store/index.js';
import { setViewport, viewBoard } from '../store/uiActions.js';
import { getLiveSession } from '../sync/liveSession.js';
import { setMyPresence } from '../sync/presence.js';
import { t } from '../ui/i18n/index.js';
import { viewportBetween, viewportShowing } from './viewFit.js';

// Follow me and "bring everyone here". The facilitator's board and visible area travel in
// awareness (`view`); Follow me and the bring requests are in the control document. While this
// person follows, their board and viewport track the facilitator's; their own pan, zoom or choice
// of board ends it (they see Follow to resume).

/** Publishing the facilitator's view at most this often (ms); with the glide below, followers are there in ~200 ms. */
const PUBLISH_MS = 50;
/** How long a follower's view glides to the facilitator's (ms). */
const GLIDE_MS = 100;

/** True while this module moves the view, so the move is not taken for the person's own. */
let moving = false;

function moveView(fn: () => void): void {
  moving = true;
  try {
    fn();
  } finally {
    moving = false;
  }
}

/** Starts or stops following the facilitator (Follow, Stop following). */
export function setFollowing(following: boolean): void {
  useStore.setState({ following });
  if (following) followNow(true);
}

/**
 * Runs `fn` once the canvas has a size (it mounts after the first board is chosen), never inside
 * the store update that asked for it: a store change made while the store still calls its
 * listeners would reach the later ones with a stale `prev` (and, say, fit the board again).
 */
function withCanvas(fn: () => void, tries = 100): void {
  setTimeout(
    () => {
      const size = getCanvasSize();
      if (size.width > 0 && size.height > 0) fn();
      else if (tries > 0) withCanvas(fn, tries - 1);
    },
    tries === 100 ? 0 : 50,
  );
}

/** The view of the facilitator this person follows (the first one present with a view). */
function facilitatorView(s: AppState): View | null {
  return s.presence.find((p) => p.role === 'facilitator' && p.view)?.view ?? null;
}

/** Whether this person's view is the facilitator's now: following, with a facilitator present to follow. */
export function isLedBy(s: AppState): boolean {
  return s.following && facilitatorView(s) !== null;
}

let glide = 0;

/** Shows `view`: its board at once, then a short glide to its area (at once on another board). */
function showView(view: View, animate: boolean): void {
  withCanvas(() => {
    cancelAnimationFrame(glide);
    const size = getCanvasSize();
    const target = viewportShowing(view, size);
    const switched = useStore.getState().boardId !== view.boardId;
    moveView(() => viewBoard(view.boardId));
    const from: Viewport = useStore.getState().viewport;
    if (!animate || switched) return moveView(() => setViewport(target));
    const start = performance.now();
    const step = () => {
      const k = Math.min(1, (performance.now() - start) / GLIDE_MS);
      moveView(() => setViewport(k < 1 ? viewportBetween(from, target, k, size) : target));
      if (k < 1) glide = requestAnimationFrame(step);
    };
    glide = requestAnimationFrame(step);
  });
}

/** The facilitator's view last followed, so other people's cursors do not restart the glide. */
let followed = '';

function followNow(force = false): void {
  const s = useStore.getState();
  const view = facilitatorView(s);
  if (!s.following || !view) return;
  const key = JSON.stringify(view);
  if (key === followed && !force) return;
  followed = key;
  showView(view, true);
}

/** The facilitator publishes their board and visible area, and their board becomes everyone's "Now". */
function publishMyView(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = '';
  const publish = () => {
    timer = null;
    const { boardId, viewport, currentBoardId } = useStore.getState();
    const size = getCanvasSize();
    if (!boardId || size.width === 0 || size.height === 0) return;
    const view: View = { boardId, ...visibleRect(viewport, size) };
    const key = JSON.stringify(view);
    if (key !== last) setMyPresence({ view });
    last = key;
    const live = getLiveSession();
    if (live && currentBoardId !== boardId) setCurrentBoard(live.control, boardId);
  };
  const schedule = () => {
    timer ??= setTimeout(publish, PUBLISH_MS);
  };
  // The canvas' size is not in the store: check it now and then as well.
  const poll = setInterval(schedule, 1000);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.viewport !== prev.viewport || s.boardId !== prev.boardId || s.currentBoardId !== prev.currentBoardId) schedule();
  });
  schedule();
  return () => {
    clearInterval(poll);
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}

function bringKey(sessionId: string): string {
  return `cocreate.bring.${sessionId}`;
}

/** The last bring request this device has acted on, per session (so a reload does not move it again). */
function seenBring(sessionId: string): number {
  try {
    return Number(localStorage.getItem(bringKey(sessionId))) || 0;
  } catch {
    return 0;
  }
}

function markBring(sessionId: string, seq: number): void {
  try {
    localStorage.setItem(bringKey(sessionId), String(seq));
  } catch {
    // Not remembered: a reload moves this device once more, harmlessly.
  }
}

/** Moves this person once for every bring request it has not acted on yet, also one made while it was away. */
function onBring(s: AppState): void {
  const { sessionId, role, facilitation } = s;
  if (!sessionId || facilitation.bringSeq <= seenBring(sessionId)) return;
  markBring(sessionId, facilitation.bringSeq);
  if (role === 'facilitator' || !facilitation.bringView) return;
  showView(facilitation.bringView, false);
  showToast(t('follow.broughtHere'));
}

/** Starts Follow me and bring-everyone-here for this tab; observers (the projector) follow from the start. */
export function bindFollow(): () => void {
  const { role, snapshot } = useStore.getState();
  // A snapshot is looked at alone: no one leads it, nothing is brought anywhere.
  if (snapshot) return () => {};
  if (role === 'facilitator') {
    const stopPublishing = publishMyView();
    const stopBring = useStore.subscribe((s, prev) => s.facilitation !== prev.facilitation && onBring(s));
    return () => {
      stopPublishing();
      stopBring();
    };
  }
  useStore.setState({ following: role === 'observer' || useStore.getState().facilitation.followMe });
  onBring(useStore.getState());
  return useStore.subscribe((s, prev) => {
    if (s.facilitation !== prev.facilitation) {
      onBring(s);
      if (s.facilitation.followMe !== prev.facilitation.followMe) setFollowing(s.facilitation.followMe || s.role === 'observer');
    }
    if (!s.following) return;
    // The person's own pan, zoom or board choice ends following (while there is someone to follow:
    // a projector opened before the facilitator arrives fits its boards as usual until then).
    if (!moving && isLedBy(s) && (s.viewport !== prev.viewport || (prev.boardId !== null && s.boardId !== prev.boardId))) {
      cancelAnimationFrame(glide);
      useStore.setState({ following: false });
      return;
    }
    if (s.presence !== prev.presence) followNow();
  });
}
