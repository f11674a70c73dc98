/** A spinner with its label, where something is still on its way (the board, the session). */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
