import type { DragEvent } from 'react';
import { useStore } from '../../store/index.js';
import { screenToBoard } from '../viewport/camera.js';
import { placeImageFiles } from './placeImage.js';

function hasFiles(e: DragEvent<HTMLElement>): boolean {
  return e.dataTransfer.types.includes('Files');
}

/** Handlers that take image files dropped on the board and place them where they were dropped. */
export function useImageDrop(): { onDragOver: (e: DragEvent<HTMLElement>) => void; onDrop: (e: DragEvent<HTMLElement>) => void } {
  const canEdit = useStore((s) => s.role !== null && s.role !== 'observer');
  return {
    onDragOver(e) {
      if (!canEdit || !hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDrop(e) {
      if (!canEdit || !hasFiles(e)) return;
      e.preventDefault();
      const files = [...e.dataTransfer.files];
      if (files.length === 0) return;
      const r = e.currentTarget.getBoundingClientRect();
      const at = screenToBoard(useStore.getState().viewport, { x: e.clientX - r.left, y: e.clientY - r.top });
      void placeImageFiles(files, at);
    },
  };
}
