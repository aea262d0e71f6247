import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type AudioPhase = 'stopped' | 'playing' | 'paused';

export interface AudioGraphOptions {
  /** The tones in order (Hz; null for a rest). */
  tones: () => readonly (number | null)[];
  /** What the live region says of the step at `index`, or when the playing starts (-1) or ends (the length). */
  say: (index: number) => string;
}

/** How long each step sounds, and the time from one to the next. */
const TONE_S = 0.18;
const STEP_MS = 260;

/**
 * An audio graph: plays a series as tones one after another (Web Audio), pauses, and steps by keyboard. No
 * sound, and no audio context, until the reader asks for it; the context is closed when the host leaves.
 */
export class AudioGraphController implements ReactiveController {
  phase: AudioPhase = 'stopped';
  /** The step last sounded; -1 before the first. */
  index = -1;
  /** What the polite live region says now. */
  status = '';
  private audio?: AudioContext;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AudioGraphOptions,
  ) {
    host.addController(this);
  }

  /** The audio context once the reader asked for sound (for tests and for a page that wants to know). */
  get context(): AudioContext | undefined {
    return this.audio;
  }

  hostDisconnected(): void {
    this.stop();
    void this.audio?.close();
    this.audio = undefined;
  }

  readonly toggle = (): void => (this.phase === 'playing' ? this.pause() : this.play());

  /** Space and Enter are the button's own (they click it); the arrows, Home and End step; Escape stops. */
  readonly onKey = (event: KeyboardEvent): void => {
    const count = this.options.tones().length;
    const to: Record<string, number> = { ArrowRight: this.index + 1, ArrowDown: this.index + 1, ArrowLeft: this.index - 1, ArrowUp: this.index - 1, Home: 0, End: count - 1 };
    if (event.key === 'Escape') return this.stop();
    if (!(event.key in to)) return;
    event.preventDefault();
    this.stepTo(to[event.key]);
  };

  private play(): void {
    const count = this.options.tones().length;
    if (count === 0 || !this.wake()) return;
    if (this.index >= count - 1) this.index = -1;
    this.phase = 'playing';
    this.status = this.options.say(-1);
    this.tick();
  }

  private readonly tick = (): void => {
    const tones = this.options.tones();
    if (this.index + 1 >= tones.length) return this.stop(tones.length);
    this.sound(tones[++this.index]);
    this.host.requestUpdate();
    this.timer = setTimeout(this.tick, STEP_MS);
  };

  private pause(): void {
    clearTimeout(this.timer);
    this.phase = 'paused';
    this.status = this.options.say(this.index);
    this.host.requestUpdate();
  }

  /** Sounds the step at `index` (kept inside the series) and says it; playing pauses there. */
  private stepTo(index: number): void {
    const tones = this.options.tones();
    if (tones.length === 0 || !this.wake()) return;
    clearTimeout(this.timer);
    this.index = Math.max(0, Math.min(tones.length - 1, index));
    this.phase = 'paused';
    this.sound(tones[this.index]);
    this.status = this.options.say(this.index);
    this.host.requestUpdate();
  }

  /** Stops; `ended` (the series' length) says the end was reached. */
  private stop(ended?: number): void {
    clearTimeout(this.timer);
    const was = this.phase;
    this.phase = 'stopped';
    this.index = -1;
    if (was !== 'stopped') this.status = ended === undefined ? '' : this.options.say(ended);
    this.host.requestUpdate();
  }

  /** The audio context, made on the reader's first request (a browser lets sound start only then). */
  private wake(): boolean {
    if (!this.audio) {
      if (typeof AudioContext === 'undefined') return false;
      this.audio = new AudioContext();
    }
    void this.audio.resume();
    return true;
  }

  /** A short sine tone with a soft start and end, so steps do not click; a rest sounds nothing. */
  private sound(frequency: number | null): void {
    const audio = this.audio;
    if (frequency === null || !audio) return;
    const now = audio.currentTime;
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0, now);
    gain.gain.linearRampToValueAtTime(0.2, now + 0.02);
    gain.gain.linearRampToValueAtTime(0, now + TONE_S);
    tone.connect(gain).connect(audio.destination);
    tone.start(now);
    tone.stop(now + TONE_S + 0.02);
  }
}
