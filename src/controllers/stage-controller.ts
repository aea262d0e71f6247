import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Builds a host's content in stages, one frame after another, so that no single task does all of it: stage 0
 * in the task that asked, then stage 1, 2, … each in a later frame. Stage `n` shows the view it was handed
 * when it was reached; a new view of the same data reaches stage 1 at once and the later ones a frame apart.
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

  /** New data: every stage is built again, from the first. */
  restart(): void {
    this.stage = 0;
    this.shown = [];
  }

  /** A new view of the same data. */
  renew(): void {
    if (this.stage > 1) this.stage = 1;
  }

  /** Hands `view` to the stage reached; called as the host updates. */
  show(view: V): void {
    if (this.stage >= 1) this.shown[this.stage] = view;
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
