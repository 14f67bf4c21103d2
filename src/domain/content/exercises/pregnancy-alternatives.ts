import type { Exercise } from '../exercise-model.js';
import { t } from '../text.js';
import { BUILD_UP_SLOWLY, GENTLE_STRETCH, STOP_IF_PAIN } from './common.js';

/**
 * From the second trimester on, lying flat on the back for long is best avoided (ACOG Committee
 * Opinion 804), so every supine exercise points at one of these.
 */
const PREGNANCY_STOP = t(
  'If you are pregnant, stop and seek care for bleeding, painful regular contractions, leaking fluid, dizziness, chest pain, calf pain or swelling, headache, or breathlessness before you start.',
  'Si estás embarazada, para y busca atención si tienes sangrado, contracciones dolorosas y regulares, pérdida de líquido, mareo, dolor en el pecho, dolor o hinchazón en la pantorrilla, dolor de cabeza o falta de aire antes de empezar.',
);

export const pregnancyAlternatives: Exercise[] = [
  {
    id: 'side-lying-hip-flexor-stretch',
    name: t('Side-lying hip flexor stretch', 'Estiramiento del flexor de la cadera tumbado de lado'),
    summary: t(
      'The front of the hip stretched while lying on your side: no kneeling and no lying on your back, so it suits pregnancy and sore knees.',
      'Estiramiento de la parte delantera de la cadera tumbado de lado: sin arrodillarte ni tumbarte boca arriba, por lo que va bien en el embarazo y con las rodillas doloridas.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'quadriceps'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'side-lying',
    steps: [
      t(
        'Lie on your side with your head on a pillow and the bottom knee bent in front of you for balance.',
        'Túmbate de lado con la cabeza sobre una almohada y la rodilla de abajo doblada por delante para tener equilibrio.',
      ),
      t(
        'Bend the top knee and hold that ankle or the leg of your trousers (or loop a towel around the foot).',
        'Dobla la rodilla de arriba y sujeta el tobillo o la pernera del pantalón (o pasa una toalla por el pie).',
      ),
      t(
        'Tuck your tailbone slightly and draw the top thigh gently back behind you until you feel a stretch at the front of the hip.',
        'Mete un poco el coxis y lleva con suavidad el muslo de arriba hacia atrás hasta notar el estiramiento en la parte delantera de la cadera.',
      ),
      t(
        'Hold and breathe, then turn over for the other side.',
        'Mantén respirando y date la vuelta para el otro lado.',
      ),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 60 },
      sets: { min: 1, max: 2 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Lengthen the hold from 30 seconds to a minute, then add a second round.',
      'Alarga de 30 segundos a un minuto y después añade una segunda ronda.',
    ),
    easier: [
      {
        name: t('Towel around the foot', 'Toalla en el pie'),
        text: t(
          'Use a towel if you cannot reach your ankle comfortably.',
          'Usa una toalla si no llegas cómodamente al tobillo.',
        ),
      },
    ],
    harder: [
      {
        name: t('Kneeling lunge', 'Zancada de rodillas'),
        text: t(
          'When kneeling is comfortable, the kneeling lunge stretches the same muscles further.',
          'Cuando arrodillarse sea cómodo, la zancada de rodillas estira más los mismos músculos.',
        ),
        exerciseId: 'kneeling-lunge',
      },
    ],
    mistakes: [
      t(
        'Arching the lower back instead of moving the thigh back.',
        'Arquear la zona lumbar en lugar de llevar el muslo hacia atrás.',
      ),
      t('Rolling backwards off your side.', 'Girarse hacia atrás y salirse de lado.'),
    ],
    safety: [GENTLE_STRETCH, PREGNANCY_STOP, STOP_IF_PAIN],
    contraindications: [],
    sources: ['jimenez-weak-psoas', 'king-psoas-back-pain'],
  },
  {
    id: 'side-lying-leg-lift',
    name: t('Side-lying leg lift', 'Elevación de pierna tumbado de lado'),
    summary: t(
      'Lifting the top leg while lying on your side strengthens the side of the buttock that keeps the pelvis level, without lying on your back.',
      'Elevar la pierna de arriba tumbado de lado fortalece el lateral del glúteo, que mantiene la pelvis nivelada, sin tumbarse boca arriba.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'core'],
    equipment: ['mat'],
    optionalEquipment: ['ankle-weights'],
    position: 'side-lying',
    steps: [
      t(
        'Lie on your side, head on your arm or a pillow, bottom knee bent for balance.',
        'Túmbate de lado, con la cabeza sobre el brazo o una almohada y la rodilla de abajo doblada para tener equilibrio.',
      ),
      t(
        'Straighten the top leg in line with your body, toes pointing forward.',
        'Estira la pierna de arriba en línea con el cuerpo, con los dedos hacia delante.',
      ),
      t(
        'Lift the top leg a hand’s width or two, pause, and lower it slowly.',
        'Eleva la pierna de arriba uno o dos palmos, haz una pausa y bájala despacio.',
      ),
      t('Do all the repetitions, then turn over.', 'Haz todas las repeticiones y date la vuelta.'),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      holdSeconds: { min: 1, max: 2 },
      secondsPerRep: 3,
      sets: { min: 1, max: 2 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Build from 10 to 15 lifts per side, then add a second set; light ankle weights come last.',
      'Sube de 10 a 15 elevaciones por lado y después añade una segunda serie; las tobilleras ligeras, al final.',
    ),
    easier: [
      {
        name: t('Smaller lift', 'Elevación más pequeña'),
        text: t('Lift only a few centimetres.', 'Eleva solo unos centímetros.'),
      },
    ],
    harder: [
      {
        name: t('Ankle weights', 'Tobilleras con peso'),
        text: t(
          'Add light ankle weights once 15 lifts are easy.',
          'Añade tobilleras ligeras cuando 15 elevaciones te resulten fáciles.',
        ),
      },
    ],
    mistakes: [
      t('Rolling the hips backwards to lift higher.', 'Girar la cadera hacia atrás para subir más.'),
      t('Leading with the toes turned up to the ceiling.', 'Subir con los dedos del pie mirando al techo.'),
    ],
    safety: [BUILD_UP_SLOWLY, PREGNANCY_STOP, STOP_IF_PAIN],
    contraindications: ['acute-hip-pain'],
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'incline-bridge',
    name: t('Bridge with the upper back raised', 'Puente con la espalda alta elevada'),
    summary: t(
      'A bridge done with the upper back resting on the edge of a chair seat or a sofa, so you are never flat on your back.',
      'Un puente con la espalda alta apoyada en el borde del asiento de una silla o de un sofá, sin quedarte nunca tumbada boca arriba en plano.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'core'],
    equipment: ['chair', 'mat'],
    optionalEquipment: [],
    position: 'inclined',
    steps: [
      t(
        'Set a sturdy chair against a wall so it cannot slide. Sit on a mat in front of it and rest your upper back on the front edge of the seat (a sofa works too).',
        'Apoya una silla firme contra la pared para que no se deslice. Siéntate en una esterilla delante y apoya la espalda alta en el borde delantero del asiento (también sirve un sofá).',
      ),
      t(
        'Bend your knees and put your feet flat, hip-width apart.',
        'Dobla las rodillas y apoya los pies al ancho de la cadera.',
      ),
      t(
        'Press through your heels to lift your hips until your thighs and trunk are roughly in line.',
        'Empuja con los talones para elevar la cadera hasta que muslos y tronco queden más o menos alineados.',
      ),
      t('Lower slowly and repeat.', 'Baja despacio y repite.'),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 4,
      sets: { min: 1, max: 2 },
      perSide: false,
      fromArticles: true,
    },
    progression: t(
      'Start with 10 slow repetitions; build to 15, then add a second set.',
      'Empieza con 10 repeticiones lentas; llega a 15 y después añade una segunda serie.',
    ),
    easier: [
      {
        name: t('Smaller lift', 'Elevación más pequeña'),
        text: t('Lift the hips only partway.', 'Eleva la cadera solo en parte.'),
      },
    ],
    harder: [
      {
        name: t('Pause at the top', 'Pausa arriba'),
        text: t('Hold the top for 3 seconds each time.', 'Mantén arriba 3 segundos cada vez.'),
      },
    ],
    mistakes: [
      t('Arching the lower back at the top.', 'Arquear la zona lumbar arriba.'),
      t('Using furniture that can slide or tip.', 'Usar un mueble que pueda deslizarse o volcar.'),
    ],
    safety: [BUILD_UP_SLOWLY, PREGNANCY_STOP, STOP_IF_PAIN],
    contraindications: [],
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
];
