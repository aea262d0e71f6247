import type { InputProblem } from '../controllers/input-controller.js';
import type { InputIssue, InputWarning } from '../data/types.js';
import { warn } from '../data/warn.js';

type Emit = <K extends 'strike-error' | 'strike-load'>(type: K, detail: GlobalEventHandlersEventMap[K]['detail']) => void;

/**
 * Tells the page, once each, what became of the input: a new problem (a console warning and `strike-error`),
 * a load whose data can be used (`strike-load`, with its warnings), and new warnings of the figure (the
 * console; a file's own were said as it was parsed, once for every element sharing it).
 */
export class Announcer {
  private problem?: InputProblem;
  private figureWarnings = '';

  constructor(
    private readonly tag: string,
    private readonly emit: Emit,
  ) {}

  /** After an update: `url` when a load ended since the last one. */
  announce(url: string | undefined, problem: InputProblem | undefined, warnings: readonly InputWarning[], figureWarnings: readonly InputIssue[]): void {
    // A load ends in one event: strike-load when its data could be used, else strike-error saying why.
    if (problem && problem !== this.problem) {
      this.problem = problem;
      const more = problem.issues.filter((i) => i.message !== problem.message).map((i) => i.message);
      warn(`<${this.tag}> ${problem.message}${more.length ? `: ${more.join('; ')}` : ''}`);
      this.emit('strike-error', problem);
    } else if (url && !problem) this.emit('strike-load', { url, warnings: [...warnings] });
    const said = figureWarnings.map((w) => w.message).join('\n');
    if (said !== this.figureWarnings) figureWarnings.forEach((w) => warn(`<${this.tag}> ${w.message}`));
    this.figureWarnings = said;
  }
}
