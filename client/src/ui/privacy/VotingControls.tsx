import { useId, useState } from 'react';
import { BusyButton } from '../BusyButton.js';
import { endVotingRound, startVotingHere } from '../../privacy/privacyActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';

/** The facilitator's dot voting: Votes per person, one vote per note, Start voting; then End voting. */
export function VotingControls() {
  const t = useT();
  const id = useId();
  const voting = usePrivacy((s) => s.voting);
  const board = useStore((s) => s.boards.find((b) => b.id === voting?.boardId)?.title ?? '');
  const [votes, setVotes] = useState('5');
  const [onePerNote, setOnePerNote] = useState(false);
  if (voting?.active) {
    return (
      <div className="privacy-group">
        <p className="privacy-state">{t('voting.running', { board })}</p>
        <BusyButton action={endVotingRound}>{t('endVoting')}</BusyButton>
      </div>
    );
  }
  return (
    <div className="privacy-group">
      <label className="field" htmlFor={`${id}-votes`}>
        {t('votesPerPerson')}
        <input
          id={`${id}-votes`}
          type="number"
          min={1}
          max={100}
          step={1}
          inputMode="numeric"
          value={votes}
          onChange={(e) => setVotes(e.currentTarget.value)}
        />
      </label>
      <label className="check" htmlFor={`${id}-one`}>
        <input id={`${id}-one`} type="checkbox" checked={onePerNote} onChange={(e) => setOnePerNote(e.currentTarget.checked)} />
        {t('onePerNote')}
      </label>
      <button type="button" className="primary" onClick={() => startVotingHere(Number(votes), onePerNote)}>
        {t('startVoting')}
      </button>
    </div>
  );
}
