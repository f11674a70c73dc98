import { useEffect, type RefObject } from 'react';
import type Konva from 'konva';
import { TransformerNode } from '../konva.js';
import type { Point } from '@cocreate/shared';
import { listen } from '../../dom/listen.js';
import { useStore } from '../../store/index.js';
import { setEditing, setSelection, setViewport } from '../../store/uiActions.js';
import { setMyCursor } from '../../sync/presence.js';
import { itemAt } from '../scene/currentScene.js';
import { TOOLS } from '../tools/index.js';
import { screenToBoard } from '../viewport/camera.js';
import { pinchStep, wheelStep } from '../viewport/gestures.js';
import { panGesture } from '../viewport/panGesture.js';
import { setCanvasState, useCanvasState } from './canvasState.js';
import { lockedForMe, sayLocked, viewedBoardLockedForMe } from '../../facilitation/locks.js';
import { beginUndoStep, endUndoStep, writableDoc } from './liveDoc.js';
import type { Gesture, PointerInfo } from './pointerInfo.js';

/** Items a double click edits: the text of notes, text and shapes, the title of frames. */
const EDITABLE: ReadonlySet<string> = new Set(['note', 'text', 'shape', 'frame']);

/** Whether a screen point is on a resize handle of the overlay's Transformer (Konva handles those). */
function onHandle(stage: Konva.Stage | null, p: Point): boolean {
  const shape = stage?.getIntersection(p);
  return !!shape && shape.getParent() instanceof TransformerNode;
}

/**
 * Routes input on the canvas: the wheel (pan; Ctrl/Cmd or pinch: zoom), two fingers (pan and
 * pinch), Space + drag, the middle button and the Hand tool (pan), double click (edit text), and
 * every other press to the active tool, whose gesture then gets the moves and the release. Also
 * publishes this user's cursor. Listens on the DOM, so real mouse, touch and pen events drive it.
 */
export function usePointerInput(
  container: RefObject<HTMLElement | null>,
  stage: RefObject<Konva.Stage | null>,
  pointerInside: RefObject<boolean>,
): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let gesture: Gesture | null = null;
    let gesturePointer = -1;
    const touches = new Map<number, Point>();
    let pinch: [Point, Point] | null = null;

    const info = (e: PointerEvent | MouseEvent): PointerInfo => {
      const r = el.getBoundingClientRect();
      const screen = { x: e.clientX - r.left, y: e.clientY - r.top };
      const { viewport } = useStore.getState();
      return {
        screen,
        board: screenToBoard(viewport, screen),
        unit: 1 / viewport.scale,
        shiftKey: e.shiftKey,
      };
    };

    const showMoveCursor = (p: PointerInfo) => {
      const overItem = useStore.getState().tool === 'select' && itemAt(p.board, p.unit) !== null;
      if (overItem !== useCanvasState.getState().overItem) setCanvasState({ overItem });
    };

    const twoTouches = (): [Point, Point] => {
      const [a, b] = [...touches.values()];
      return [a!, b!];
    };

    // Events on the stage's canvases (or on the container, which captures the pointer during a
    // gesture) are the board's; those on the text editor or a toast over it are theirs.
    const onBoard = (e: Event) => e.target === el || e.target instanceof HTMLCanvasElement;

    const onDown = (e: PointerEvent) => {
      if (!onBoard(e)) return;
      // Focus the board first: that ends text editing elsewhere (the editor's blur), and keys go
      // to the board's shortcuts. The mousedown's own focus change is prevented (onMouseDown), so
      // an editor opened by this press (Note tool) keeps its focus.
      el.focus({ preventScroll: true });
      const p = info(e);
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, p.screen);
        if (touches.size === 2) {
          // A second finger turns whatever the first one started into a pan/pinch.
          gesture?.cancel();
          gesture = null;
          pinch = twoTouches();
          return;
        }
        if (touches.size > 2) return;
      }
      if (gesture || onHandle(stage.current, p.screen)) return;
      // Each press starts its own undo step: a drag, a new note, a stroke each undo on their own.
      beginUndoStep();
      const { tool } = useStore.getState();
      const pans = e.button === 1 || (e.button === 0 && (useCanvasState.getState().spaceHeld || tool === 'hand'));
      if (pans) e.preventDefault();
      if (e.button !== 0 && !pans) return;
      if (!pans && tool !== 'select' && tool !== 'hand' && viewedBoardLockedForMe()) return sayLocked();
      gesture = pans ? panGesture(p) : TOOLS[tool].down(p);
      if (gesture) {
        gesturePointer = e.pointerId;
        el.setPointerCapture(e.pointerId);
      }
    };

    const onMove = (e: PointerEvent) => {
      const p = info(e);
      if (e.pointerType === 'touch' && touches.has(e.pointerId)) {
        touches.set(e.pointerId, p.screen);
        if (pinch && touches.size === 2) {
          const next = twoTouches();
          setViewport(pinchStep(useStore.getState().viewport, pinch, next));
          pinch = next;
          return;
        }
      }
      if (e.pointerType !== 'touch') setMyCursor(p.board);
      if (gesture && e.pointerId === gesturePointer) gesture.move(p);
      else if (!gesture && e.pointerType === 'mouse') showMoveCursor(p);
    };

    const finish = (e: PointerEvent, cancelled: boolean) => {
      if (touches.delete(e.pointerId) && touches.size < 2) pinch = null;
      if (!gesture || e.pointerId !== gesturePointer) return endUndoStep();
      const g = gesture;
      gesture = null;
      if (cancelled) g.cancel();
      else g.up(info(e));
      endUndoStep();
    };
    const onUp = (e: PointerEvent) => finish(e, false);
    const onCancel = (e: PointerEvent) => finish(e, true);

    const onMouseDown = (e: MouseEvent) => {
      if (onBoard(e)) e.preventDefault();
    };

    const onEnter = () => {
      pointerInside.current = true;
    };
    const onLeave = () => {
      pointerInside.current = false;
      setMyCursor(null);
    };

    const onWheel = (e: WheelEvent) => {
      // Always ours: the page must neither scroll nor zoom (Ctrl + wheel) under the board.
      e.preventDefault();
      const input = { deltaX: e.deltaX, deltaY: e.deltaY, deltaMode: e.deltaMode, zoom: e.ctrlKey || e.metaKey, shiftKey: e.shiftKey };
      setViewport(wheelStep(useStore.getState().viewport, input, info(e).screen));
    };

    const onDoubleClick = (e: MouseEvent) => {
      const { tool } = useStore.getState();
      if (!onBoard(e) || tool !== 'select' || !writableDoc()) return;
      const p = info(e);
      const hit = itemAt(p.board, p.unit);
      if (!hit || !EDITABLE.has(hit.type)) return;
      if (lockedForMe(hit)) return sayLocked();
      setSelection([hit.id]);
      setEditing(hit.id);
    };

    const stopPointer = listen<HTMLElementEventMap>(el, {
      pointerdown: onDown,
      mousedown: onMouseDown,
      pointermove: onMove,
      pointerup: onUp,
      pointercancel: onCancel,
      pointerenter: onEnter,
      pointerleave: onLeave,
      dblclick: onDoubleClick,
    });
    // Not passive: the wheel must neither scroll nor zoom the page under the board.
    const stopWheel = listen<HTMLElementEventMap>(el, { wheel: onWheel }, { passive: false });
    return () => {
      gesture?.cancel();
      stopPointer();
      stopWheel();
    };
  }, [container, stage, pointerInside]);
}
