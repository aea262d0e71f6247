import { html, type TemplateResult } from 'lit';
import type { AudioGraphController } from '../../controllers/audio-graph-controller.js';
import type { Messages } from '../../i18n/types.js';

/**
 * The audio graph's button (Space plays and pauses, the arrows step), what it does for screen readers
 * (`id`), and the polite live region that says where the playing is.
 */
export function soundTemplate(sound: AudioGraphController, words: Messages['audio'], ends: [string, string], id: string): TemplateResult {
  const playing = sound.phase === 'playing';
  const label = playing ? words.pause : sound.phase === 'paused' ? words.resume : words.play;
  return html`<div part="sound">
    <button part="play" type="button" aria-describedby=${id} @click=${sound.toggle} @keydown=${sound.onKey}>
      <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span> ${label}
    </button>
    <span id=${id} class="visually-hidden">${words.describe(...ends)}</span>
    <span part="sound-status" class="visually-hidden" aria-live="polite">${sound.status}</span>
  </div>`;
}
