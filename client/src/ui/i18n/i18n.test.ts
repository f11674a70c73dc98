import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { translate } from './index.js';
import { nl } from './nl.js';

describe('i18n', () => {
  it('has every English key in Dutch, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(nl)) expect(value.trim()).not.toBe('');
  });

  it('gives the contract names in both languages', () => {
    expect([translate('en', 'tools'), translate('nl', 'tools')]).toEqual(['Tools', 'Gereedschap']);
    expect([translate('en', 'tool.connector'), translate('nl', 'tool.connector')]).toEqual(['Connector', 'Verbinding']);
    expect([translate('en', 'fitToScreen'), translate('nl', 'fitToScreen')]).toEqual(['Fit to screen', 'Passend maken']);
    expect([translate('en', 'connection.reconnecting'), translate('nl', 'connection.reconnecting')]).toEqual([
      'Reconnecting',
      'Opnieuw verbinden',
    ]);
    expect([translate('en', 'boardList.boardTitle'), translate('nl', 'boardList.boardTitle')]).toEqual(['Board title', 'Bordtitel']);
  });

  it('gives the facilitation names of the contract in both languages', () => {
    const names: [Parameters<typeof translate>[1], string, string][] = [
      ['bringEveryoneHere', 'Bring everyone here', 'Iedereen hierheen'],
      ['followMe', 'Follow me', 'Volg mij'],
      ['stopFollowing', 'Stop following', 'Niet meer volgen'],
      ['follow', 'Follow', 'Volgen'],
      ['timer', 'Timer', 'Timer'],
      ['startTimer', 'Start timer', 'Timer starten'],
      ['pauseTimer', 'Pause timer', 'Timer pauzeren'],
      ['resumeTimer', 'Resume timer', 'Timer hervatten'],
      ['addMinute', 'Add a minute', 'Minuut erbij'],
      ['stopTimer', 'Stop timer', 'Timer stoppen'],
      ['minutes', 'Minutes', 'Minuten'],
      ['lock', 'Lock', 'Vergrendelen'],
      ['unlock', 'Unlock', 'Ontgrendelen'],
      ['lockBoard', 'Lock board', 'Bord vergrendelen'],
      ['unlockBoard', 'Unlock board', 'Bord ontgrendelen'],
      ['comments', 'Comments', 'Opmerkingen'],
      ['comment', 'Comment', 'Opmerking'],
      ['addComment', 'Add comment', 'Opmerking toevoegen'],
    ];
    for (const [key, english, dutch] of names) expect([translate('en', key), translate('nl', key)]).toEqual([english, dutch]);
  });

  it('says one in the singular, in both languages', () => {
    expect(translate('en', 'privacy.revealed', { count: 1 })).toBe('1 note revealed');
    expect(translate('en', 'privacy.revealed', { count: 3 })).toBe('3 notes revealed');
    expect(translate('en', 'privacy.revealed', { count: 0 })).toBe('0 notes revealed');
    expect(translate('nl', 'voting.ended', { count: 1 })).toBe('Stemronde afgesloten: 1 persoon stemde.');
    expect(translate('nl', 'voting.ended', { count: 2 })).toBe('Stemronde afgesloten: 2 mensen stemden.');
    // A message without a singular form keeps its one text.
    expect(translate('en', 'votesLeft', { count: 1 })).toBe('Votes left: 1');
  });

  it('has every singular form beside a message with a count', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('One'))) expect(en).toHaveProperty(key.slice(0, -3));
  });
});
