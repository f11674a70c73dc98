// The timer's end sound: a short beep made with WebAudio (no file to load), which each screen can mute.

const MUTED_KEY = 'cocreate.timerMuted';

/** Whether this device has muted the timer's sound. */
export function isTimerMuted(): boolean {
  try {
    return localStorage.getItem(MUTED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Mutes or unmutes the timer's sound on this device (remembered). */
export function setTimerMuted(muted: boolean): void {
  try {
    localStorage.setItem(MUTED_KEY, muted ? '1' : '0');
  } catch {
    // Not remembered: it holds for this page.
  }
}

let audio: AudioContext | null = null;

/** Three short beeps, unless muted (browsers may refuse sound before the page had a click: then it stays silent). */
export function beep(): void {
  if (isTimerMuted() || typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const start = audio.currentTime;
  for (let i = 0; i < 3; i++) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, start + i * 0.25);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.25 + 0.18);
    osc.connect(gain).connect(audio.destination);
    osc.start(start + i * 0.25);
    osc.stop(start + i * 0.25 + 0.2);
  }
}
