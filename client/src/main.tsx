import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { installClipboard } from './input/clipboard.js';
import { installKeyboard } from './input/keyboard.js';
import { preventPageZoom } from './input/preventPageZoom.js';
import { openSession } from './sync/openSession.js';
import { isSessionPath } from './sync/sessionLink.js';
import { exposeTestHook } from './testHook.js';
import { useLanguage } from './ui/i18n/index.js';
import { resumeJoin } from './ui/join/joinSession.js';
import { HomePage } from './ui/home/HomePage.js';
import './styles.css';
// After the base styles: the layouts per screen override them.
import './ui/screens.css';

document.documentElement.lang = useLanguage.getState().language;
exposeTestHook();
installKeyboard();
installClipboard();
preventPageZoom();
const session = isSessionPath(window.location.pathname);
createRoot(document.getElementById('root')!).render(<StrictMode>{session ? <App /> : <HomePage />}</StrictMode>);
if (session) void openSession().then(resumeJoin);
