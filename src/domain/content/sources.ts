import { t } from './text.js';
import type { EvidenceVerdict, Reference, Source, Text } from './types.js';

/** The five articles, cited by their own titles (shared/sources/README.md). */
export const sources: readonly Source[] = [
  {
    id: 'psoas-stressed',
    file: '000_ec3ba51fab36751c.txt',
    title: 'Back pain? Your “psoas” is stressed!',
    authorKind: t('Acupuncture and herbal medicine clinic', 'Clínica de acupuntura y fitoterapia'),
    adds: t(
      'A case of right-sided low back pain when lying on the back; how a tight psoas tips the pelvis forward, deepens the lower-back curve and makes one leg seem shorter; acupuncture, electro-acupuncture, cupping and stone massage.',
      'Un caso de dolor lumbar derecho al tumbarse boca arriba; cómo un psoas tenso inclina la pelvis hacia delante, acentúa la curva lumbar y hace que una pierna parezca más corta; acupuntura, electroacupuntura, ventosas y masaje con piedras.',
    ),
  },
  {
    id: 'psoas-back-health',
    file: '001_0c33f4e8ff3d14a4.txt',
    title: 'The Psoas Muscle and your Back Health',
    authorKind: t(
      'Qi gong and traditional Chinese medicine practice',
      'Consulta de qi gong y medicina tradicional china',
    ),
    adds: t(
      'Back discomfort affects 80% of people at some point; where the psoas starts and ends; hip flexion and rotation; four or more hours of sitting as a risk; stress; posture awareness; tai chi, yoga and qi gong.',
      'El 80 % de las personas tendrá molestias de espalda en algún momento; dónde empieza y termina el psoas; flexión y rotación de la cadera; cuatro horas o más sentado como riesgo; estrés; conciencia postural; taichí, yoga y qi gong.',
    ),
  },
  {
    id: 'psoas-causing-back-pain',
    file: '002_a3843672757ab36c.txt',
    title: 'Is your Psoas causing your back pain?',
    authorKind: t('Massage and somatic therapist', 'Terapeuta de masaje y terapia somática'),
    adds: t(
      'The psoas is about 16 inches (40 cm) long; symptoms in the back, belly, pelvis, legs and knees; two self-tests (standing back-bend and lunge); eight remedies, from a weekly class and daily walks to exercise-ball work, floor time, massage, chiropractic, letting go of fear and hydration.',
      'El psoas mide unas 16 pulgadas (40 cm); síntomas en espalda, abdomen, pelvis, piernas y rodillas; dos autopruebas (extensión de pie y zancada); ocho remedios, desde una clase semanal y paseos diarios hasta la pelota de ejercicio, el tiempo en el suelo, el masaje, la quiropráctica, soltar el miedo y la hidratación.',
    ),
  },
  {
    id: 'king-psoas-back-pain',
    file: '003_c0185685ec43266d.txt',
    title: 'Why Your Psoas Can Cause Back Pain',
    author: 'Dr. Jill King',
    authorKind: t('Chiropractor', 'Quiropráctica'),
    adds: t(
      'What a weak and a tight psoas each do to the body; causes (posture, overuse or injury, dehydration, stress); three stretches held 30 to 60 seconds per side; five strengthening exercises of 10 to 15 repetitions; improvement expected within 4 to 6 weeks; stop if it hurts.',
      'Qué provoca un psoas débil y uno tenso; causas (postura, sobrecarga o lesión, deshidratación, estrés); tres estiramientos de 30 a 60 segundos por lado; cinco ejercicios de fuerza de 10 a 15 repeticiones; mejora esperada en 4 a 6 semanas; parar si duele.',
    ),
  },
  {
    id: 'jimenez-weak-psoas',
    file: '004_4519d96da97aa29a.txt',
    title: 'A Weak Psoas Muscle Could Be The Basis For Back Pain',
    author: 'Dr. Alex Jimenez',
    authorKind: t('Chiropractor in El Paso, Texas', 'Quiropráctico en El Paso (Texas)'),
    adds: t(
      'Psoas major and minor, iliacus and iliopsoas; psoas syndrome, iliopsoas tendinitis and bursitis, piriformis syndrome; eight symptoms; sitting and posture as causes; benefits for back pain, sport and pregnancy; foam rolling for 30 to 90 seconds and when not to; Thomas stretch, kneeling lunge, leg lifts and ball bridge; deep release left to professionals.',
      'Psoas mayor y menor, ilíaco e iliopsoas; síndrome del psoas, tendinitis y bursitis del iliopsoas, síndrome del piriforme; ocho síntomas; estar sentado y la postura como causas; beneficios para la espalda, el deporte y el embarazo; rodillo de 30 a 90 segundos y cuándo no usarlo; estiramiento de Thomas, zancada de rodillas, elevaciones de pierna y puente en pelota; la liberación profunda, para profesionales.',
    ),
  },
];

/** Guidelines and papers behind the safety rules and the evidence notes. */
export const references: readonly Reference[] = [
  {
    id: 'nice-ng59',
    citation:
      'NICE guideline NG59. Low back pain and sciatica in over 16s: assessment and management. National Institute for Health and Care Excellence, 2016 (updated 2020).',
    about: t(
      'The UK national guideline on low back pain: what it recommends for and against.',
      'La guía nacional británica sobre dolor lumbar: qué recomienda y qué desaconseja.',
    ),
  },
  {
    id: 'acog-co804',
    citation:
      'ACOG Committee Opinion No. 804. Physical activity and exercise during pregnancy and the postpartum period. Obstetrics & Gynecology, 2020.',
    about: t(
      'Exercise in pregnancy: encouraged when there is no obstetric reason not to; avoid lying flat on the back for long from the second trimester.',
      'Ejercicio en el embarazo: recomendado si no hay un motivo obstétrico en contra; evitar estar mucho tiempo boca arriba desde el segundo trimestre.',
    ),
  },
  {
    id: 'bartsch-2021-foam-rolling',
    citation:
      'Bartsch K. et al. Expert consensus on the contraindications and cautions of foam rolling: an international Delphi study. Journal of Clinical Medicine, 2021; 10: 5360.',
    about: t(
      'When foam rolling should not be used, or only with care.',
      'Cuándo no se debe usar el rodillo de espuma, o solo con precaución.',
    ),
  },
];

export const EVIDENCE_LABELS: Record<EvidenceVerdict, Text> = {
  recommended: t('Guideline: consider it', 'Guía clínica: se puede considerar'),
  'recommended-with-exercise': t(
    'Guideline: only alongside exercise',
    'Guía clínica: solo junto con ejercicio',
  ),
  'recommended-against': t('Guideline: advises against it', 'Guía clínica: la desaconseja'),
  'not-assessed': t('Guideline: no recommendation', 'Guía clínica: sin recomendación'),
};
