import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HomePage } from './ui/home/HomePage.js';

/** Shows the start page, where a facilitator creates a session. */
export function startHome(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <HomePage />
    </StrictMode>,
  );
}
