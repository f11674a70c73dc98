/** Outline icons drawn on a 24 × 24 grid (after the Lucide set), decorative: buttons carry the name. */
const PATHS = {
  select: 'M4 3l16 7-7 2-3 7z',
  hand: 'M8 13V5.5a1.5 1.5 0 0 1 3 0V11m0-6.5a1.5 1.5 0 0 1 3 0V11m0-5a1.5 1.5 0 0 1 3 0v5m0-2.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 7 0 0 1-5.6-2.8L4 15.5a1.6 1.6 0 0 1 2.5-2l1.5 1.5',
  note: 'M4 4h16v11l-5 5H4z M15 20v-5h5',
  text: 'M5 6V4h14v2 M12 4v16 M9 20h6',
  shape: 'M3 3h9v9H3z M17.5 12a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z',
  connector: 'M5 19L19 5 M13 5h6v6',
  frame: 'M7 3v18 M17 3v18 M3 7h18 M3 17h18',
  pen: 'M4 20l4-1L19 8a2.1 2.1 0 0 0-3-3L5 16z M14 7l3 3',
  image: 'M4 4h16v16H4z M4 16l5-5 4 4 3-3 4 4 M15.5 8.5h.01',
  undo: 'M9 14L4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  zoomIn: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14z M21 21l-5-5 M11 8v6 M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14z M21 21l-5-5 M8 11h6',
  fit: 'M3 8V3h5 M16 3h5v5 M21 16v5h-5 M8 21H3v-5',
  board: 'M3 5h18v14H3z M3 9h18',
  people: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1 M16 3.1a4 4 0 0 1 0 7.8 M22 21v-1a6 6 0 0 0-4-5.6',
  eye: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M3 12h18 M12 3a14 14 0 0 1 0 18 M12 3a14 14 0 0 0 0 18',
  plus: 'M12 5v14 M5 12h14',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4h3v16H7z M14 4h3v16h-3z',
  stop: 'M6 6h12v12H6z',
  lock: 'M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4',
  unlock: 'M5 11h14v10H5z M8 11V7a4 4 0 0 1 7.7-1.5',
  follow: 'M3 11l18-8-8 18-2-8z',
  bring: 'M12 3v12 M7 10l5 5 5-5 M4 20h16',
  comment: 'M4 5h16v11H9l-5 4z',
  close: 'M6 6l12 12 M18 6L6 18',
  sound: 'M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M19 6a8 8 0 0 1 0 12',
  download: 'M12 4v11 M7 10l5 5 5-5 M5 20h14',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4z M12 16.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  next: 'M5 12h14 M13 6l6 6-6 6',
  partners: 'M8.5 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z M15.5 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z',
  actions: 'M4 6l1.5 1.5L8 5 M4 12l1.5 1.5L8 11 M4 18l1.5 1.5L8 17 M11 6h9 M11 12h9 M11 18h9',
  value: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9z',
  evaluation: 'M4 20h16 M7 16v-4 M12 16V8 M17 16V9',
  more: 'M5 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2z M12 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2z M19 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon; hidden from assistive technology (the control around it has the accessible name). */
export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
