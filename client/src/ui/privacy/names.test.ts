import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../i18n/index.js';

describe('private brainstorm, voting and clusters names', () => {
  it('gives the contract names in English and Dutch', () => {
    const names: [MessageKey, string, string][] = [
      ['startPrivateBrainstorm', 'Start private brainstorm', 'Privé brainstorm starten'],
      ['revealNotes', 'Reveal notes', 'Notities onthullen'],
      ['startVoting', 'Start voting', 'Stemronde starten'],
      ['votesPerPerson', 'Votes per person', 'Stemmen per persoon'],
      ['vote', 'Vote', 'Stemmen'],
      ['removeVote', 'Remove vote', 'Stem intrekken'],
      ['endVoting', 'End voting', 'Stemronde afsluiten'],
      ['results', 'Results', 'Resultaten'],
      ['cluster', 'Cluster', 'Clusteren'],
      ['suggestClusters', 'Suggest clusters', 'Clusters voorstellen'],
    ];
    for (const [key, english, dutch] of names) expect([translate('en', key), translate('nl', key)]).toEqual([english, dutch]);
    expect([translate('en', 'votesLeft', { count: 2 }), translate('nl', 'votesLeft', { count: 2 })]).toEqual([
      'Votes left: 2',
      'Stemmen over: 2',
    ]);
  });
});
