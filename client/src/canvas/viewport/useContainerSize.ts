import { useLayoutEffect, useState, type RefObject } from 'react';
import { setCanvasSize, type Size } from './camera.js';

/** The element's size in CSS pixels, kept current (and registered as the canvas size for the zoom buttons). */
export function useContainerSize(container: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const width = Math.round(el.clientWidth);
      const height = Math.round(el.clientHeight);
      setCanvasSize({ width, height });
      setSize((prev) => (prev.width === width && prev.height === height ? prev : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [container]);
  return size;
}
