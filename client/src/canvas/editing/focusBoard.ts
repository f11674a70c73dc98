/** Gives the board the keyboard back after editing, so shortcuts (Delete, Ctrl+D, …) act on the item just edited. */
export function focusBoard(): void {
  document.querySelector<HTMLElement>('[role="application"]')?.focus({ preventScroll: true });
}
