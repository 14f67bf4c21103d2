import { t } from './text.js';
import type { Treatment } from './types.js';

const NICE_MANUAL = t(
  'The UK guideline NICE NG59 suggests hands-on treatment such as massage or manipulation for low back pain only as part of a package that includes exercise, not on its own.',
  'La guía británica NICE NG59 propone los tratamientos manuales, como el masaje o la manipulación, para el dolor lumbar solo dentro de un plan que incluya ejercicio, no por sí solos.',
);

/** Professional treatments the articles name, with what the guideline says about each. */
export const treatments: readonly Treatment[] = [
  {
    id: 'acupuncture',
    name: t('Acupuncture', 'Acupuntura'),
    whatHappens: t(
      'Very fine needles are placed at chosen points, here around the psoas and the muscles that support the back, and left in for a while as you rest.',
      'Se colocan agujas muy finas en puntos elegidos, en este caso alrededor del psoas y de los músculos que sostienen la espalda, y se dejan un rato mientras descansas.',
    ),
    whoProvides: t(
      'A licensed acupuncturist, or a doctor or physiotherapist trained in it.',
      'Un acupuntor colegiado, o un médico o fisioterapeuta formado en ella.',
    ),
    evidence: {
      verdict: 'recommended-against',
      text: t(
        'NICE NG59 recommends not offering acupuncture for low back pain: the trials did not show a benefit worth having over sham treatment. Some people still feel it helps. If you choose it, see a licensed practitioner and keep up your exercises.',
        'NICE NG59 recomienda no ofrecer acupuntura para el dolor lumbar: los ensayos no mostraron un beneficio que compense frente a un tratamiento simulado. Hay personas que sienten que les ayuda. Si la eliges, acude a un profesional colegiado y mantén tus ejercicios.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-stressed'],
  },
  {
    id: 'electro-acupuncture',
    name: t('Electro-acupuncture', 'Electroacupuntura'),
    whatHappens: t(
      'Acupuncture needles connected to a device that passes a small, pulsing electric current between them.',
      'Agujas de acupuntura conectadas a un aparato que hace pasar entre ellas una pequeña corriente eléctrica pulsada.',
    ),
    whoProvides: t('A licensed acupuncturist.', 'Un acupuntor colegiado.'),
    evidence: {
      verdict: 'recommended-against',
      text: t(
        'NICE NG59 recommends against both acupuncture and electrical nerve stimulation (TENS) for low back pain, the two things electro-acupuncture combines.',
        'NICE NG59 desaconseja tanto la acupuntura como la estimulación eléctrica nerviosa (TENS) para el dolor lumbar, las dos cosas que combina la electroacupuntura.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-stressed'],
  },
  {
    id: 'cupping',
    name: t('Cupping', 'Ventosas'),
    whatHappens: t(
      'Cups placed on the skin create suction that draws the skin and muscle upwards. It often leaves round marks that fade over several days.',
      'Se colocan copas sobre la piel que hacen succión y levantan la piel y el músculo. Suele dejar marcas redondas que desaparecen en varios días.',
    ),
    whoProvides: t(
      'An acupuncturist or traditional Chinese medicine practitioner.',
      'Un acupuntor o profesional de medicina tradicional china.',
    ),
    evidence: {
      verdict: 'not-assessed',
      text: t(
        'NICE NG59 makes no recommendation about cupping, so there is no guideline support for it. Treat it as an extra, not a replacement for exercise.',
        'NICE NG59 no hace ninguna recomendación sobre las ventosas, así que no cuentan con el respaldo de la guía. Tómalas como un complemento, no como sustituto del ejercicio.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-stressed'],
  },
  {
    id: 'stone-massage',
    name: t('Hot stone massage', 'Masaje con piedras calientes'),
    whatHappens: t(
      'Smooth, warmed stones are placed on the body and used to massage the back and hip muscles.',
      'Se colocan piedras lisas y templadas sobre el cuerpo y se usan para masajear los músculos de la espalda y la cadera.',
    ),
    whoProvides: t('A massage therapist or acupuncture clinic.', 'Un masajista o una clínica de acupuntura.'),
    evidence: {
      verdict: 'recommended-with-exercise',
      text: t(
        `${NICE_MANUAL.en} It does not look at hot stones in particular.`,
        `${NICE_MANUAL.es} No estudia las piedras calientes en particular.`,
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-stressed'],
  },
  {
    id: 'massage',
    name: t('Massage, including Chi Nei Tsang', 'Masaje, incluido el Chi Nei Tsang'),
    whatHappens: t(
      'A therapist works on the muscles of the back, hips and thighs; some also work on the psoas itself. Chi Nei Tsang is a Chinese abdominal massage that aims to free the tissue around the belly organs.',
      'Un terapeuta trabaja los músculos de la espalda, las caderas y los muslos; algunos trabajan también el propio psoas. El Chi Nei Tsang es un masaje abdominal chino que busca liberar el tejido que rodea los órganos del vientre.',
    ),
    whoProvides: t(
      'A registered massage therapist; ask beforehand whether they work on the psoas. Deep work near the belly needs specific training.',
      'Un masajista titulado; pregunta antes si trabaja el psoas. El trabajo profundo cerca del abdomen requiere una formación específica.',
    ),
    evidence: {
      verdict: 'recommended-with-exercise',
      text: t(
        `${NICE_MANUAL.en} Chi Nei Tsang has not been assessed specifically.`,
        `${NICE_MANUAL.es} El Chi Nei Tsang no se ha evaluado de forma específica.`,
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-causing-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'chiropractic-manipulation',
    name: t('Chiropractic manipulation', 'Manipulación quiropráctica'),
    whatHappens: t(
      'The chiropractor moves the joints of the spine and pelvis with the hands, sometimes with a quick thrust, and many also treat the muscles around them.',
      'El quiropráctico mueve con las manos las articulaciones de la columna y la pelvis, a veces con un impulso rápido, y muchos tratan también los músculos de alrededor.',
    ),
    whoProvides: t(
      'A licensed chiropractor; ask whether they also do soft-tissue work.',
      'Un quiropráctico titulado; pregunta si también trabaja los tejidos blandos.',
    ),
    evidence: {
      verdict: 'recommended-with-exercise',
      text: NICE_MANUAL,
      references: ['nice-ng59'],
    },
    sources: ['psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'osteopathic-manipulative-treatment',
    name: t('Osteopathic manipulative treatment', 'Tratamiento manipulativo osteopático'),
    whatHappens: t(
      'Hands-on care in which the practitioner stretches, applies gentle pressure and asks you to push against resistance to move muscles and joints.',
      'Tratamiento manual en el que el profesional estira, aplica una presión suave y te pide que empujes contra resistencia para mover músculos y articulaciones.',
    ),
    whoProvides: t(
      'An osteopath or an osteopathic physician (DO).',
      'Un osteópata o un médico osteópata (DO).',
    ),
    evidence: {
      verdict: 'recommended-with-exercise',
      text: t(
        `${NICE_MANUAL.en} One clinic tells of a man whose back pain improved with this treatment and stretches at home; a single case shows what is possible, not what to expect.`,
        `${NICE_MANUAL.es} Una clínica cuenta el caso de un hombre cuyo dolor mejoró con este tratamiento y estiramientos en casa; un único caso muestra lo que es posible, no lo que cabe esperar.`,
      ),
      references: ['nice-ng59'],
    },
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'physical-therapy',
    name: t('Physiotherapy and soft-tissue psoas release', 'Fisioterapia y liberación del psoas'),
    whatHappens: t(
      'A physiotherapist assesses you and sets an exercise programme. Some also release the psoas by hand, working gently and deeply through the relaxed belly. This is delicate and can be risky when done without training: never try it on yourself.',
      'Un fisioterapeuta te valora y te pauta un programa de ejercicio. Algunos además liberan el psoas con las manos, trabajando de forma suave y profunda a través del abdomen relajado. Es delicado y puede ser arriesgado sin formación: no lo intentes nunca por tu cuenta.',
    ),
    whoProvides: t(
      'A physiotherapist (physical therapist), or a chiropractor trained in psoas release.',
      'Un fisioterapeuta, o un quiropráctico formado en liberación del psoas.',
    ),
    evidence: {
      verdict: 'recommended',
      text: t(
        'NICE NG59 recommends considering exercise programmes for low back pain, which is the core of physiotherapy. The hands-on release itself counts as manual therapy: only alongside exercise.',
        'NICE NG59 recomienda considerar programas de ejercicio para el dolor lumbar, que son la base de la fisioterapia. La liberación manual en sí es terapia manual: solo junto con ejercicio.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'somatic-therapy',
    name: t('Somatic therapy', 'Terapia somática'),
    whatHappens: t(
      'Body-focused therapy that helps you notice where you hold tension and work through stress, fear or past experiences that keep the body guarded.',
      'Terapia centrada en el cuerpo que te ayuda a notar dónde acumulas tensión y a trabajar el estrés, el miedo o experiencias pasadas que mantienen el cuerpo en guardia.',
    ),
    whoProvides: t(
      'A somatic therapist or body-oriented psychotherapist.',
      'Un terapeuta somático o un psicoterapeuta de orientación corporal.',
    ),
    evidence: {
      verdict: 'not-assessed',
      text: t(
        'NICE NG59 makes no recommendation about somatic therapy. It may suit people for whom stress or fear is a big part of their pain.',
        'NICE NG59 no hace ninguna recomendación sobre la terapia somática. Puede convenir a quienes notan que el estrés o el miedo pesan mucho en su dolor.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'shiatsu',
    name: t('Shiatsu', 'Shiatsu (masaje japonés)'),
    whatHappens: t(
      'A Japanese form of bodywork using finger and palm pressure and gentle stretches, done fully clothed.',
      'Una técnica corporal japonesa con presión de dedos y palmas y estiramientos suaves, que se recibe vestido.',
    ),
    whoProvides: t('A shiatsu practitioner.', 'Un terapeuta de shiatsu.'),
    evidence: {
      verdict: 'not-assessed',
      text: t(
        'NICE NG59 makes no recommendation about shiatsu. As a hands-on therapy, it belongs alongside exercise, not instead of it.',
        'NICE NG59 no hace ninguna recomendación sobre el shiatsu. Como terapia manual, debe acompañar al ejercicio, no sustituirlo.',
      ),
      references: ['nice-ng59'],
    },
    sources: ['psoas-causing-back-pain'],
  },
];
