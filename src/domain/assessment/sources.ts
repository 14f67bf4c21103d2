/**
 * Where each rule of the assessment comes from. Articles are cited by the titles given in
 * shared/sources/README.md; guidelines by their usual names (see shared/design/clinical-facts.md).
 */
export const SOURCES = {
  'article-000': { kind: 'article', title: 'Back pain? Your "psoas" is stressed!' },
  'article-001': { kind: 'article', title: 'The Psoas Muscle and your Back Health' },
  'article-002': { kind: 'article', title: 'Is your Psoas causing your back pain?' },
  'article-003': { kind: 'article', title: 'Why Your Psoas Can Cause Back Pain (Dr. Jill King)' },
  'article-004': {
    kind: 'article',
    title: 'A Weak Psoas Muscle Could Be The Basis For Back Pain (Dr. Alex Jimenez)',
  },
  'nice-cks-lbp': { kind: 'guideline', title: 'NICE CKS: Low back pain without radiculopathy (red flags)' },
  'nice-cks-sciatica': { kind: 'guideline', title: 'NICE CKS: Sciatica (lumbar radiculopathy) (red flags)' },
  'nice-cks-aaa': {
    kind: 'guideline',
    title: 'NICE CKS: Abdominal aortic aneurysm (symptoms, risk factors)',
  },
  'nice-ng59': { kind: 'guideline', title: 'NICE NG59: Low back pain and sciatica in over 16s' },
  'nice-ng65': { kind: 'guideline', title: 'NICE NG65: Spondyloarthritis in over 16s' },
  'nice-ng234': {
    kind: 'guideline',
    title: 'NICE NG234: Spinal metastases and metastatic spinal cord compression',
  },
  'verhagen-2016': {
    kind: 'paper',
    title: 'Verhagen et al. 2016, Red flags presented in current low back pain guidelines (Eur Spine J)',
  },
  'acog-804': {
    kind: 'guideline',
    title: 'ACOG Committee Opinion 804: Physical activity and exercise during pregnancy',
  },
  'bartsch-2021': {
    kind: 'paper',
    title: 'Bartsch et al. 2021, foam rolling contraindications (J Clin Med 10:5360)',
  },
  'ostelo-2008': {
    kind: 'paper',
    title: 'Ostelo et al. 2008, minimal important change for pain and function (Spine 33:90)',
  },
  psfs: {
    kind: 'instrument',
    title: 'Patient-Specific Functional Scale (Stratford et al. 1995), free to use',
  },
  'psoas-own': {
    kind: 'own',
    title:
      "Psoas's own screen for obstacles to recovery (not a validated instrument), after NICE NG59's advice to risk-stratify",
  },
} as const satisfies Record<string, { kind: string; title: string }>;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
