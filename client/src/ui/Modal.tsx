import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog, open while it is mounted: focus stays inside, Escape asks `onClose` (the owner
 * unmounts it). Native <dialog>, so the browser keeps it above everything and inerts the rest.
 */
export function Modal(props: { title: string; onClose: () => void; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useLayoutEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
