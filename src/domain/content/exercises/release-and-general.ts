import type { Exercise } from '../exercise-model.js';
import { t } from '../text.js';
import { NO_BELLY_PRESSURE, STOP_IF_PAIN } from './common.js';

const ASK_BEFORE_ROLLING = t(
  'Check with your doctor that foam rolling is right for you; it is not for everyone (see the list of reasons not to).',
  'Pregunta a tu médico si el rodillo es adecuado para ti; no sirve para todo el mundo (mira la lista de motivos para no usarlo).',
);

const ROLLING_DOSAGE = {
  kind: 'hold',
  holdSeconds: { min: 30, max: 90 },
  sets: { min: 1, max: 1 },
  perSide: true,
  fromArticles: true,
} as const;

export const releaseAndGeneral: Exercise[] = [
  {
    id: 'foam-roll-tfl',
    name: t('Foam rolling the outer hip (TFL)', 'Rodillo en la cara externa de la cadera (TFL)'),
    summary: t(
      'Rolling the small muscle at the front-outer hip eases tension in the hip muscles that tighten along with the psoas. The psoas itself is too deep to roll.',
      'Pasar el rodillo por el pequeño músculo de la parte delantera y externa de la cadera alivia la tensión de los músculos que se tensan junto con el psoas. El psoas está demasiado profundo para el rodillo.',
    ),
    purpose: 'release',
    targets: ['tfl', 'hip-flexors'],
    equipment: ['foam-roller', 'mat'],
    optionalEquipment: [],
    position: 'side-lying',
    steps: [
      t(
        'Lie on your side with the roller under the front-outer part of the hip, just below and in front of the hip bone.',
        'Túmbate de lado con el rodillo bajo la parte delantera y externa de la cadera, justo por debajo y delante del hueso de la cadera.',
      ),
      t(
        'Lean on your forearm and put the top foot on the floor in front of you to control how much weight goes onto the roller.',
        'Apóyate en el antebrazo y pon el pie de arriba en el suelo por delante para controlar cuánto peso va al rodillo.',
      ),
      t('Roll slowly over a few centimetres.', 'Rueda despacio unos pocos centímetros.'),
      t(
        'When you find a tender spot, stay on it and breathe until it eases, then change sides.',
        'Cuando encuentres un punto sensible, quédate en él respirando hasta que ceda, y cambia de lado.',
      ),
    ],
    dosage: ROLLING_DOSAGE,
    progression: t(
      'Stay 30 seconds on a tender spot at first, up to 90 seconds as it becomes comfortable.',
      'Al principio quédate 30 segundos en un punto sensible, hasta 90 segundos cuando te resulte cómodo.',
    ),
    easier: [
      {
        name: t('Less weight', 'Menos peso'),
        text: t(
          'Take more weight through your arm and top foot, or use a softer roller.',
          'Carga más peso en el brazo y el pie de arriba, o usa un rodillo más blando.',
        ),
      },
    ],
    harder: [
      {
        name: t('Legs stacked', 'Piernas juntas'),
        text: t(
          'Rest the top leg on the bottom one so more weight goes onto the roller.',
          'Apoya la pierna de arriba sobre la de abajo para que vaya más peso al rodillo.',
        ),
      },
    ],
    mistakes: [
      t('Rolling fast back and forth.', 'Rodar rápido de un lado a otro.'),
      t('Rolling straight on the hip bone.', 'Rodar directamente sobre el hueso de la cadera.'),
    ],
    safety: [ASK_BEFORE_ROLLING, NO_BELLY_PRESSURE, STOP_IF_PAIN],
    contraindications: ['foam-rolling-contraindication', 'acute-hip-pain'],
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'foam-roll-adductors',
    name: t('Foam rolling the inner thigh (adductors)', 'Rodillo en la cara interna del muslo (aductores)'),
    summary: t(
      'Rolling the inner thigh eases tight hip muscles that work alongside the psoas.',
      'Pasar el rodillo por la cara interna del muslo alivia músculos de la cadera tensos que trabajan junto al psoas.',
    ),
    purpose: 'release',
    targets: ['adductors'],
    equipment: ['foam-roller', 'mat'],
    optionalEquipment: [],
    position: 'prone',
    steps: [
      t('Lie face down, resting on your forearms.', 'Túmbate boca abajo, apoyándote en los antebrazos.'),
      t(
        'Bend one knee out to the side and place the roller under the inner thigh, lengthwise along the floor beside you.',
        'Dobla una rodilla hacia el lado y coloca el rodillo bajo la cara interna del muslo, a lo largo del suelo junto a ti.',
      ),
      t('Roll slowly between the knee and the groin.', 'Rueda despacio entre la rodilla y la ingle.'),
      t(
        'Stay on a tender spot and breathe until it eases, then change sides.',
        'Quédate en un punto sensible respirando hasta que ceda, y cambia de lado.',
      ),
    ],
    dosage: ROLLING_DOSAGE,
    progression: t(
      'Stay 30 seconds on a tender spot at first, up to 90 seconds as it becomes comfortable.',
      'Al principio quédate 30 segundos en un punto sensible, hasta 90 segundos cuando te resulte cómodo.',
    ),
    easier: [
      {
        name: t('Less weight', 'Menos peso'),
        text: t('Keep more weight on your forearms.', 'Mantén más peso sobre los antebrazos.'),
      },
    ],
    harder: [
      {
        name: t('Slower and longer', 'Más lento y más tiempo'),
        text: t(
          'Roll the full length of the inner thigh more slowly.',
          'Recorre toda la cara interna del muslo más despacio.',
        ),
      },
    ],
    mistakes: [
      t('Rolling into the groin crease.', 'Rodar hasta el pliegue de la ingle.'),
      t('Holding your breath on a sore spot.', 'Contener la respiración en un punto dolorido.'),
    ],
    safety: [ASK_BEFORE_ROLLING, NO_BELLY_PRESSURE, STOP_IF_PAIN],
    contraindications: ['foam-rolling-contraindication', 'acute-hip-pain', 'pregnancy-prone'],
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'gentle-walk',
    name: t('Daily walk', 'Paseo diario'),
    summary: t(
      'Walking swings each leg behind you, which gently lengthens the psoas after sitting and gets blood moving. Thirty minutes a day is the target.',
      'Al caminar, cada pierna pasa por detrás del cuerpo, lo que alarga suavemente el psoas después de estar sentado y activa la circulación. El objetivo son treinta minutos al día.',
    ),
    purpose: 'aerobic',
    targets: ['whole-body', 'psoas', 'hip-flexors'],
    equipment: ['none'],
    optionalEquipment: [],
    position: 'standing',
    steps: [
      t('Put on comfortable, supportive shoes.', 'Ponte un calzado cómodo y que sujete bien.'),
      t('Start at an easy pace for the first few minutes.', 'Empieza a un ritmo suave los primeros minutos.'),
      t(
        'Walk tall, let your arms swing and take normal strides so the back leg straightens behind you.',
        'Camina erguido, deja que los brazos se balanceen y da pasos normales para que la pierna de atrás se estire.',
      ),
      t(
        'Keep a pace at which you can still talk. Split it into shorter walks if that suits you better.',
        'Mantén un ritmo que te permita hablar. Divídelo en paseos más cortos si te viene mejor.',
      ),
    ],
    dosage: { kind: 'duration', durationSeconds: { min: 900, max: 1800 }, fromArticles: true },
    progression: t(
      'Start with 15 minutes and add a few minutes every few days until you walk 30 minutes a day. Later, include gentle slopes.',
      'Empieza con 15 minutos y añade unos minutos cada pocos días hasta caminar 30 minutos al día. Más adelante, incluye cuestas suaves.',
    ),
    easier: [
      {
        name: t('Shorter walks', 'Paseos más cortos'),
        text: t(
          'Two or three walks of 10 minutes spread over the day.',
          'Dos o tres paseos de 10 minutos repartidos en el día.',
        ),
      },
    ],
    harder: [
      {
        name: t('Uphill', 'Cuesta arriba'),
        text: t(
          'Walking uphill makes the psoas work harder to lift the legs.',
          'Caminar cuesta arriba hace trabajar más al psoas para elevar las piernas.',
        ),
      },
    ],
    mistakes: [
      t(
        'Taking short, shuffling steps that never straighten the back leg.',
        'Dar pasos cortos y arrastrados que nunca estiran la pierna de atrás.',
      ),
      t('Going too fast at the start.', 'Salir demasiado rápido.'),
    ],
    safety: [
      t(
        'Stop and get help if you feel chest pain, unusual breathlessness or faintness.',
        'Para y pide ayuda si notas dolor en el pecho, una falta de aire inusual o sensación de desmayo.',
      ),
      STOP_IF_PAIN,
    ],
    contraindications: [],
    sources: ['psoas-causing-back-pain', 'psoas-back-health', 'king-psoas-back-pain'],
  },
  {
    id: 'breathing-relaxation',
    name: t('Slow breathing to relax', 'Respiración lenta para relajarse'),
    summary: t(
      'A few minutes of slow belly breathing. The psoas tenses with stress and is linked to the main breathing muscle, so calming the breath helps it let go.',
      'Unos minutos de respiración lenta con el abdomen. El psoas se tensa con el estrés y está unido al principal músculo de la respiración, así que calmar la respiración le ayuda a soltarse.',
    ),
    purpose: 'relaxation',
    targets: ['diaphragm', 'psoas'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Lie on your back with your knees bent and feet flat, hip-width apart, and rest your hands on your belly. This position lets the psoas rest.',
        'Túmbate boca arriba con las rodillas dobladas y los pies apoyados al ancho de la cadera, y deja las manos sobre el abdomen. En esta postura el psoas descansa.',
      ),
      t(
        'Breathe in slowly through your nose for about 4 counts, letting your belly rise under your hands.',
        'Toma aire despacio por la nariz contando hasta 4, dejando que el abdomen se eleve bajo las manos.',
      ),
      t(
        'Breathe out slowly for about 6 counts, letting your shoulders, belly and hips soften.',
        'Suelta el aire despacio contando hasta 6, dejando que hombros, abdomen y cadera se aflojen.',
      ),
      t(
        'Keep going, letting your back and thighs feel heavy.',
        'Continúa, dejando que la espalda y los muslos pesen.',
      ),
    ],
    dosage: { kind: 'duration', durationSeconds: { min: 180, max: 300 }, fromArticles: false },
    progression: t(
      'Start with 3 minutes; extend to 5, and use it whenever you feel tense.',
      'Empieza con 3 minutos; amplía a 5 y úsalo cada vez que te notes tenso.',
    ),
    easier: [
      {
        name: t('Shorter counts', 'Cuentas más cortas'),
        text: t('Breathe in for 3 and out for 4 counts.', 'Inspira contando 3 y espira contando 4.'),
      },
      {
        name: t('Sitting in a chair', 'Sentado en una silla'),
        text: t(
          'Sit back in a chair, feet flat, one hand on your belly. Use this if you are pregnant (from the second trimester) or at work.',
          'Siéntate al fondo de una silla, con los pies apoyados y una mano en el abdomen. Úsalo si estás embarazada (desde el segundo trimestre) o en el trabajo.',
        ),
      },
    ],
    harder: [
      {
        name: t('Longer out-breath', 'Espiración más larga'),
        text: t('Breathe in for 4 and out for 8 counts.', 'Inspira contando 4 y espira contando 8.'),
      },
    ],
    mistakes: [
      t('Forcing very deep breaths.', 'Forzar respiraciones muy profundas.'),
      t(
        'Breathing only into the chest with raised shoulders.',
        'Respirar solo con el pecho y los hombros subidos.',
      ),
    ],
    safety: [
      t(
        'If you feel dizzy, go back to breathing normally.',
        'Si te mareas, vuelve a respirar con normalidad.',
      ),
    ],
    contraindications: ['pregnancy-second-trimester-supine'],
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'jimenez-weak-psoas'],
  },
];
