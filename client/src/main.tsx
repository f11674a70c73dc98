import { loadBoardCode } from './boardCode.js';
import { prefetchSessionState } from './sync/prefetchState.js';
import { isSessionPath } from './sync/sessionLink.js';
import { exposeTestHook } from './testHook.js';
import { opensWithJoinForm } from './ui/join/opensWithJoinForm.js';
import { useLanguage } from './ui/i18n/index.js';
import './styles.css';
// After the base styles: the layouts per screen override them.
import './ui/screens.css';

document.documentElement.lang = useLanguage.getState().language;
exposeTestHook();
const root = document.getElementById('root')!;
// Each screen loads its own code: the start page never waits for the board, Yjs or Konva.
if (isSessionPath(window.location.pathname)) {
  // Code first: a browser opens six connections to a server, and the documents' downloads would
  // otherwise hold them while the code waits in line. Not before a join form, which needs none of
  // it: parsing the board's code would put the form about 15 % later (App.tsx loads it after).
  if (!opensWithJoinForm(window.location)) void loadBoardCode().catch(() => {}); // the app reports a failure once it runs
  void import('./startSession.js').then((m) => m.startSession(root));
  prefetchSessionState();
} else void import('./startHome.js').then((m) => m.startHome(root));
