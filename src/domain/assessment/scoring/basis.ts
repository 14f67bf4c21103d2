import type { Basis } from '../result.js';
import type { LocalizedText, SourceId } from '../sources.js';

export const t = (en: string, es: string): LocalizedText => ({ en, es });

export const uniq = (ids: string[]) => [...new Set(ids)];

/** Why a conclusion was drawn: the answers behind it (each once), its sources, a sentence. */
export const basis = (answers: string[], sources: SourceId[], text: LocalizedText): Basis => ({
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
