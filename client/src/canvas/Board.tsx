import { useEffect, useRef, useState, type RefObject } from 'react';
import { Konva, Stage } from './konva.js';
import { useStore } from '../store/index.js';
import { useT } from '../ui/i18n/index.js';
import { ContentLayer } from './ContentLayer.js';
import { TextEditor } from './editing/TextEditor.js';
import { VoteBadges } from '../ui/privacy/VoteBadges.js';
import { Toasts } from './feedback/Toasts.js';
import { openImagePicker } from './images/imagePicker.js';
import { useImageDrop } from './images/useImageDrop.js';
import { useCanvasState } from './interaction/canvasState.js';
import { usePointerInput } from './interaction/usePointerInput.js';
import { useSpaceKey } from './interaction/useSpaceKey.js';
import { OverlayLayer } from './overlay/OverlayLayer.js';
import { TOOLS } from './tools/index.js';
import type { Size } from './viewport/camera.js';
import { useContainerSize } from './viewport/useContainerSize.js';
import { useOpeningView } from './viewport/useOpeningView.js';
import { useStageCamera } from './viewport/useStageCamera.js';
import { exposeStages } from '../testHook.js';
import './canvas.css';

exposeStages(() => Konva.stages);

/** The pointer over the board: grabbing while panning, a hand with Space held, move over an item, else the tool's. */
function useCursor(): string {
  const tool = useStore((s) => s.tool);
  const spaceHeld = useCanvasState((s) => s.spaceHeld);
  const panning = useCanvasState((s) => s.panning);
  const overItem = useCanvasState((s) => s.overItem);
  if (panning) return 'grabbing';
  if (spaceHeld) return 'grab';
  return tool === 'select' && overItem ? 'move' : TOOLS[tool].cursor;
}

/** Choosing the Image tool opens the file picker straight away (still within the user's click). */
function useImageToolPicker(): void {
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.tool === 'image' && prev.tool !== 'image') openImagePicker();
      }),
    [],
  );
}

/**
 * The board: a Konva stage filling its container, with a content layer (the items in view) and
 * an overlay layer (selection, handles, gestures, other people's cursors), the in-place text
 * editor and the canvas' messages. The container is the contract's `application` "Board".
 */
export function Board() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const pointerInside = useRef(false);
  const size = useContainerSize(container);
  const hasSize = size.width > 0 && size.height > 0;
  // The stage is made once the container has a size, and kept: made before, its canvases were
  // allocated and drawn at 1 × 1, then again at each of the new width and height.
  const [sized, setSized] = useState(hasSize);
  if (hasSize && !sized) setSized(true);
  useSpaceKey(container, pointerInside);
  useOpeningView(container, hasSize);
  useImageToolPicker();
  const drop = useImageDrop();
  const cursor = useCursor();

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the board (role application) takes the keyboard for its shortcuts
    <div ref={container} className="canvas" role="application" aria-label={t('board')} tabIndex={0} style={{ cursor }} {...drop}>
      {sized && <BoardStage container={container} pointerInside={pointerInside} size={size} />}
      <TextEditor />
      <VoteBadges />
      <Toasts />
    </div>
  );
}

/** The Konva stage with its layers, following the store's viewport and taking the pointer on `container`. */
function BoardStage({
  container,
  pointerInside,
  size,
}: {
  container: RefObject<HTMLDivElement | null>;
  pointerInside: RefObject<boolean>;
  size: Size;
}) {
  const stage = useRef<Konva.Stage>(null);
  useStageCamera(stage);
  usePointerInput(container, stage, pointerInside);
  return (
    <Stage ref={stage} width={Math.max(1, size.width)} height={Math.max(1, size.height)}>
      <ContentLayer size={size} />
      <OverlayLayer />
    </Stage>
  );
}
