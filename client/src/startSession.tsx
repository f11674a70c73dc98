import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { installClipboard } from './input/clipboard.js';
import { installKeyboard } from './input/keyboard.js';
import { preventPageZoom } from './input/preventPageZoom.js';
import { openSession } from './sync/openSession.js';
import { resumeJoin } from './ui/join/joinSession.js';

/** Opens the session of the link: the shell and the join form at once, the board as it loads. */
export function startSession(root: HTMLElement): void {
  installKeyboard();
  installClipboard();
  preventPageZoom();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void openSession().then(resumeJoin);
}
