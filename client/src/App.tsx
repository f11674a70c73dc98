import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { loadBoardCode, loadedBoardView } from './boardCode.js';
import { BoardPreview } from './canvas/preview/BoardPreview.js';
import { afterPaint } from './dom/afterPaint.js';
import { useStore } from './store/index.js';
import { BoardList } from './ui/boards/BoardList.js';
import { BoardGuide } from './ui/guide/BoardGuide.js';
import { Header } from './ui/Header.js';
import { JoinDialog } from './ui/join/JoinDialog.js';
import { Loading } from './ui/Loading.js';
import { opensWithJoinForm } from './ui/join/opensWithJoinForm.js';
import { ParticipantsList } from './ui/ParticipantsList.js';
import { PrivacyPanel } from './ui/privacy/PrivacyPanel.js';
import { ProblemPage } from './ui/ProblemPage.js';
import { SidePanel } from './ui/SidePanel.js';
import { Toolbar } from './ui/toolbar/Toolbar.js';
import { ZoomControls } from './ui/ZoomControls.js';
import { FacilitationBar } from './ui/facilitation/FacilitationBar.js';
import { SelectionBar } from './ui/facilitation/SelectionBar.js';
import { useT } from './ui/i18n/index.js';

/**
 * The board's view once its code is in, else null. Its code loads beside the session's documents
 * (main.tsx starts it), or once `wanted`: after the join form's first paint for whoever joins.
 * Not React.lazy: a Suspense boundary holds back revealing what its fallback stood for by up to
 * 300 ms (React's fallback throttle), most of a big board's first paint when its code came last.
 */
function useBoardView(wanted: boolean, behindForm: boolean) {
  const [board, setBoard] = useState(loadedBoardView);
  useEffect(() => {
    if (board || !wanted) return;
    void (behindForm ? afterPaint() : Promise.resolve())
      .then(loadBoardCode)
      .then((view) => setBoard(() => view))
      .catch(() => useStore.setState({ problem: 'unreachable' }));
  }, [board, wanted, behindForm]);
  return board;
}

/** The app shell: a problem page, a loading state, or the board with its chrome around it. */
export function App() {
  const t = useT();
  const problem = useStore((s) => s.problem);
  const ready = useStore((s) => s.boardId !== null);
  const joining = useStore((s) => s.role !== 'observer' && !s.joined);
  // Whoever is about to join gets the form first: the board's first render (a third of a second
  // for 10,000 notes) follows behind it, in the background, while they type their name.
  const boardReady = useDeferredValue(ready);
  const Board = useBoardView(ready, joining);
  // The board's picture (the store's items, painted without Konva) comes first, and the board
  // after the frame that showed it: even with the board's code in, its first render takes a
  // third of a second on a 10,000-note board. The picture stays until the board has drawn. Not
  // behind a join form, which it would hold back (the board is built behind the form anyway).
  const [previewing, setPreviewing] = useState(() => !opensWithJoinForm(window.location));
  const [pictureShown, setPictureShown] = useState(false);
  const pictureUp = useCallback(() => setPictureShown(true), []);
  const previewDone = useCallback(() => setPreviewing(false), []);
  const boardShown = (joining ? boardReady : ready) && Board !== null && (pictureShown || !previewing);
  if (problem) return <ProblemPage problem={problem} />;
  return (
    <div className="app">
      <Header />
      <div className="workspace">
        <SidePanel side="left" label="panel.boards" icon="board" show="showBoards" hide="hideBoards">
          <BoardList />
        </SidePanel>
        <main className="stage">
          {ready && previewing ? (
            <BoardPreview boardIn={boardShown} onShown={pictureUp} onHandedOver={previewDone} />
          ) : (
            !boardShown && <Loading label={t('loading')} />
          )}
          {boardShown && Board && <Board />}
          <Toolbar />
          <ZoomControls />
          {ready && <FacilitationBar />}
          {ready && <SelectionBar />}
          {ready && <BoardGuide />}
        </main>
        <SidePanel side="right" label="panel.people" icon="people" show="showParticipants" hide="hideParticipants">
          <ParticipantsList />
          {ready && <PrivacyPanel />}
        </SidePanel>
      </div>
      {ready && <JoinDialog />}
    </div>
  );
}
