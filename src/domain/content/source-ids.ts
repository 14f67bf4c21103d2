// Source and reference codes without zod, so content modules can name them cheaply.

/** The five clinic articles the product was specified from (see docs/content.md). */
export const SOURCE_IDS = [
  'psoas-stressed',
  'psoas-back-health',
  'psoas-causing-back-pain',
  'king-psoas-back-pain',
  'jimenez-weak-psoas',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Guidelines and papers (from shared/design/clinical-facts.md) that safety and evidence notes rest on. */
export const REFERENCE_IDS = ['nice-ng59', 'acog-co804', 'bartsch-2021-foam-rolling'] as const;
export type ReferenceId = (typeof REFERENCE_IDS)[number];
