import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHydrating } from './hydration-controller.js';

/**
 * Builds a host's content in stages, one frame after another, so that no single task does all of it: stage 0
 * in the task that asked, then stage 1, 2, … each in a later frame. Stage `n` shows the view it was handed
 * when it was reached; a new view of the same data reaches stage 1 at once and the later ones a frame apart.
 * Where no frames come (a server renders it) or the server's DOM is taken over (it holds every stage), new
 * data reaches every stage at once.
 */
export class StageController<V> implements ReactiveController {
  stage = 0;
  private shown: (V | undefined)[] = [];
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly stages: number,
  ) {
    host.addController(this);
  }

  /** What each stage shows, by stage (index 0 unused: stage 0 shows no view). */
  get views(): readonly (V | undefined)[] {
    return this.shown;
  }

  hostConnected(): void {
    // The next stage's frame was cancelled when the host left the page.
    if (this.stage < this.stages) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  /** New data: every stage is built again, from the first (or all at once, see above). */
  restart(): void {
    this.stage = typeof requestAnimationFrame === 'undefined' || isHydrating(this.host) ? this.stages : 0;
    this.shown = [];
  }

  /** A new view of the same data. */
  renew(): void {
    if (this.stage > 1) this.stage = 1;
  }

  /** Hands `view` to the stage reached; called as the host updates. */
  show(view: V): void {
    // The stage reached, and the ones before it that no frame reached (all of them, after a restart at once).
    for (let s = this.stage; s >= 1 && (s === this.stage || this.shown[s] === undefined); s--) this.shown[s] = view;
  }

  /** After an update: true once every stage shows the latest view, else the next stage is asked for. */
  advance(): boolean {
    if (this.stage >= this.stages) return true;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.stage += 1;
      this.host.requestUpdate();
    });
    return false;
  }
}
