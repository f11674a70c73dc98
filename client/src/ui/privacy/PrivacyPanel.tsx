import { useId, useState } from 'react';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';
import { BrainstormControls } from './BrainstormControls.js';
import { PrivateNotesList } from './PrivateNotesList.js';
import { ResultsList } from './ResultsList.js';
import { SuggestClustersDialog } from './SuggestClustersDialog.js';
import { VotingControls } from './VotingControls.js';
import './privacy.css';

/**
 * Private brainstorm, dot voting and clusters in the side panel: the facilitator's controls, this
 * person's private notes in words, and the results of the board's last round for everyone.
 */
export function PrivacyPanel() {
  const t = useT();
  const id = useId();
  const facilitator = useStore((s) => s.role === 'facilitator');
  const [suggesting, setSuggesting] = useState(false);
  return (
    <section className="privacy-panel" aria-labelledby={id}>
      <h2 className="panel-heading" id={id}>
        {t('privacy.panel')}
      </h2>
      {facilitator && <BrainstormControls />}
      {facilitator && <VotingControls />}
      {facilitator && (
        <div className="privacy-group">
          <button type="button" className="secondary" onClick={() => setSuggesting(true)}>
            {t('suggestClusters')}
          </button>
        </div>
      )}
      <PrivateNotesList />
      <ResultsList />
      {suggesting && <SuggestClustersDialog onClose={() => setSuggesting(false)} />}
    </section>
  );
}
