import { create } from 'zustand';

/** A short message shown over the board (an upload that failed, …). */
export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

interface ToastState {
  toasts: readonly Toast[];
}

/** How long a toast stays, in ms. */
const TOAST_MS = 6000;

export const useToasts = create<ToastState>()(() => ({ toasts: [] }));

let nextId = 1;

/** Removes a toast. */
export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Shows a message for a few seconds (errors as alerts, read out by screen readers). */
export function showToast(message: string, kind: Toast['kind'] = 'info'): void {
  const id = nextId++;
  useToasts.setState((s) => ({ toasts: [...s.toasts, { id, message, kind }] }));
  setTimeout(() => dismissToast(id), TOAST_MS);
}
