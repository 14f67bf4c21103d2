import type { Localized } from '../../i18n.js';
import type { Basis } from '../result.js';
import type { SourceId } from '../sources.js';

export const uniq = (ids: string[]) => [...new Set(ids)];

/** Why a conclusion was drawn: the answers behind it (each once), its sources, a sentence. */
export const basis = (answers: string[], sources: SourceId[], text: Localized): Basis => ({
  answers: uniq(answers),
  sources,
  text,
});

/** Adds points and remembers which answers earned them. */
export class Tally {
  points = 0;
  readonly answers: string[] = [];
  add(points: number, item: string): void {
    this.points += points;
    this.answers.push(item);
  }
}
