/**
 * Adds several event listeners to a DOM target at once; returns the function that removes them
 * all, for an effect's clean-up.
 */
export function listen<Map>(
  target: EventTarget,
  handlers: { [K in keyof Map]?: (event: Map[K]) => void },
  options?: AddEventListenerOptions,
): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][];
  for (const [type, handler] of entries) target.addEventListener(type, handler, options);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler, options);
  };
}
