import type { Exercise } from '../exercise-model.js';
import { t } from '../text.js';
import { BALL_SAFETY, BUILD_UP_SLOWLY, STOP_IF_PAIN } from './common.js';

const ADD_A_SET = t(
  'Start with 10 slow repetitions. When 15 feel easy with good form, add a second set after a short rest.',
  'Empieza con 10 repeticiones lentas. Cuando 15 te resulten fáciles con buena técnica, añade una segunda serie tras un breve descanso.',
);

export const strengthening: Exercise[] = [
  {
    id: 'bridge',
    name: t('Bridge', 'Puente'),
    summary: t(
      'Lifting the hips from the floor strengthens the buttocks and the core, which steady the pelvis when the psoas is tight or weak.',
      'Elevar la cadera desde el suelo fortalece los glúteos y la zona media, que estabilizan la pelvis cuando el psoas está tenso o débil.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'core', 'lower-back'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Lie on your back with knees bent, feet flat and hip-width apart, arms by your sides.',
        'Túmbate boca arriba con las rodillas dobladas, los pies apoyados al ancho de la cadera y los brazos a los lados.',
      ),
      t(
        'Gently tighten your belly, as if bracing for a cough.',
        'Tensa suavemente el abdomen, como si fueras a toser.',
      ),
      t(
        'Press through your heels and lift your hips until your knees, hips and shoulders form a straight line.',
        'Empuja con los talones y eleva la cadera hasta que rodillas, cadera y hombros formen una línea recta.',
      ),
      t('Pause briefly, then lower slowly back down.', 'Haz una breve pausa y baja despacio.'),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 4,
      sets: { min: 1, max: 2 },
      perSide: false,
      fromArticles: true,
    },
    progression: ADD_A_SET,
    easier: [
      {
        name: t('Smaller lift', 'Elevación más pequeña'),
        text: t('Lift the hips only a few centimetres.', 'Eleva la cadera solo unos centímetros.'),
      },
    ],
    harder: [
      {
        name: t('Ball bridge', 'Puente en pelota'),
        text: t(
          'Shoulders on an exercise ball for more range and balance work.',
          'Hombros sobre una pelota para más recorrido y equilibrio.',
        ),
        exerciseId: 'ball-bridge',
      },
      {
        name: t('Single-leg bridge', 'Puente a una pierna'),
        text: t(
          'Lift one foot and bridge on the other leg; change sides.',
          'Levanta un pie y haz el puente con la otra pierna; cambia de lado.',
        ),
      },
    ],
    mistakes: [
      t(
        'Arching the lower back at the top: lift with the buttocks and keep the ribs down.',
        'Arquear la zona lumbar arriba: sube con los glúteos y mantén las costillas abajo.',
      ),
      t('Letting the knees fall in or out.', 'Dejar que las rodillas se vayan hacia dentro o hacia fuera.'),
      t(
        'Pushing through the toes instead of the heels.',
        'Empujar con las puntas en lugar de con los talones.',
      ),
    ],
    safety: [BUILD_UP_SLOWLY, STOP_IF_PAIN],
    contraindications: ['pregnancy-second-trimester-supine'],
    pregnancyAlternative: 'incline-bridge',
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'ball-bridge',
    name: t('Ball bridge', 'Puente en pelota'),
    summary: t(
      'A bridge with the head and shoulders resting on an exercise ball. It trains the buttocks, which often weaken when the psoas is tight.',
      'Un puente con la cabeza y los hombros apoyados en una pelota de ejercicio. Trabaja los glúteos, que suelen debilitarse cuando el psoas está tenso.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'core'],
    equipment: ['exercise-ball'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Sit on the ball, then walk your feet forward until your head, neck and shoulders rest on it and your hips are in line with your body.',
        'Siéntate en la pelota y avanza los pies hasta que la cabeza, el cuello y los hombros descansen en ella y la cadera quede alineada con el cuerpo.',
      ),
      t(
        'Place your feet shoulder-width apart, toes pointing straight ahead, and tighten your belly so the hips do not sag.',
        'Coloca los pies al ancho de los hombros, con las puntas hacia delante, y tensa el abdomen para que la cadera no se hunda.',
      ),
      t(
        'Lower your buttocks slowly towards the floor, not so far that your shoulders leave the ball.',
        'Baja los glúteos despacio hacia el suelo, sin llegar a que los hombros se separen de la pelota.',
      ),
      t(
        'Push through your heels to lift the hips back in line with your spine.',
        'Empuja con los talones para volver a subir la cadera en línea con la columna.',
      ),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 4,
      sets: { min: 1, max: 2 },
      perSide: false,
      fromArticles: false,
    },
    progression: ADD_A_SET,
    easier: [
      {
        name: t('Bridge on the floor', 'Puente en el suelo'),
        text: t(
          'The same movement with your back on the floor.',
          'El mismo movimiento con la espalda en el suelo.',
        ),
        exerciseId: 'bridge',
      },
    ],
    harder: [
      {
        name: t('Hold at the top', 'Mantener arriba'),
        text: t(
          'Hold the top position for 3 seconds on each repetition.',
          'Mantén la posición de arriba 3 segundos en cada repetición.',
        ),
      },
    ],
    mistakes: [
      t('Letting the hips sag at the top.', 'Dejar que la cadera se hunda arriba.'),
      t(
        'Dropping so low that the shoulders roll off the ball.',
        'Bajar tanto que los hombros se salen de la pelota.',
      ),
    ],
    safety: [BALL_SAFETY, STOP_IF_PAIN],
    contraindications: ['balance-problems', 'pregnancy-second-trimester-supine'],
    pregnancyAlternative: 'incline-bridge',
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'clamshell',
    name: t('Clamshell', 'Almeja'),
    summary: t(
      'Lying on your side, you open the top knee like a shell. It strengthens the side of the buttock, which keeps the hip and pelvis steady.',
      'Tumbado de lado, abres la rodilla de arriba como una concha. Fortalece el lateral del glúteo, que da estabilidad a la cadera y la pelvis.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'hip-rotators'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'side-lying',
    steps: [
      t(
        'Lie on your side with hips and knees bent to about a right angle, feet together, head resting on your arm.',
        'Túmbate de lado con cadera y rodillas dobladas en ángulo recto aproximadamente, pies juntos y la cabeza apoyada en el brazo.',
      ),
      t(
        'Keeping your feet touching, lift the top knee as far as you can without the pelvis rolling back.',
        'Sin separar los pies, eleva la rodilla de arriba todo lo que puedas sin que la pelvis se gire hacia atrás.',
      ),
      t('Lower the knee slowly.', 'Baja la rodilla despacio.'),
      t(
        'Do all the repetitions, then turn over for the other side.',
        'Haz todas las repeticiones y date la vuelta para el otro lado.',
      ),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 3,
      sets: { min: 1, max: 2 },
      perSide: true,
      fromArticles: true,
    },
    progression: ADD_A_SET,
    easier: [
      {
        name: t('Smaller opening', 'Apertura más pequeña'),
        text: t('Open the knee only halfway.', 'Abre la rodilla solo hasta la mitad.'),
      },
    ],
    harder: [
      {
        name: t('With a band', 'Con banda elástica'),
        text: t(
          'Put a loop band just above the knees.',
          'Coloca una banda elástica justo por encima de las rodillas.',
        ),
      },
    ],
    mistakes: [
      t(
        'Rolling the pelvis backwards to lift the knee higher.',
        'Girar la pelvis hacia atrás para subir más la rodilla.',
      ),
      t('Moving fast and letting the knee drop.', 'Ir rápido y dejar caer la rodilla.'),
    ],
    safety: [BUILD_UP_SLOWLY, STOP_IF_PAIN],
    contraindications: ['acute-hip-pain'],
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'fire-hydrant',
    name: t('Fire hydrant', 'Boca de incendios'),
    summary: t(
      'On hands and knees, you lift one bent knee out to the side. It works the buttock and the hip’s stabilising muscles.',
      'A cuatro patas, levantas una rodilla doblada hacia el lado. Trabaja el glúteo y los músculos que estabilizan la cadera.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'hip-rotators', 'core'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'all-fours',
    steps: [
      t(
        'Go onto hands and knees: hands under the shoulders, knees under the hips, back flat.',
        'Ponte a cuatro patas: manos bajo los hombros, rodillas bajo la cadera y espalda plana.',
      ),
      t(
        'Keeping the knee bent, lift your right knee out to the side, without tipping your body.',
        'Con la rodilla doblada, eleva la rodilla derecha hacia el lado sin inclinar el cuerpo.',
      ),
      t('Return slowly to the start.', 'Vuelve despacio al inicio.'),
      t('Do all the repetitions, then change sides.', 'Haz todas las repeticiones y cambia de lado.'),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 3,
      sets: { min: 1, max: 2 },
      perSide: true,
      fromArticles: true,
    },
    progression: ADD_A_SET,
    easier: [
      {
        name: t('Clamshell instead', 'Almeja en su lugar'),
        text: t(
          'A similar movement lying on your side, with no weight on the hands.',
          'Un movimiento parecido tumbado de lado, sin apoyar las manos.',
        ),
        exerciseId: 'clamshell',
      },
    ],
    harder: [
      {
        name: t('Pause at the top', 'Pausa arriba'),
        text: t(
          'Hold the knee up for 2 seconds on each repetition.',
          'Mantén la rodilla arriba 2 segundos en cada repetición.',
        ),
      },
    ],
    mistakes: [
      t(
        'Leaning the whole body away from the lifting leg.',
        'Inclinar todo el cuerpo hacia el lado contrario de la pierna que sube.',
      ),
      t('Letting the lower back sag.', 'Dejar que la zona lumbar se hunda.'),
    ],
    safety: [t('Pad the knees on a hard floor.', 'Protege las rodillas si el suelo es duro.'), STOP_IF_PAIN],
    contraindications: ['knee-pain-when-kneeling', 'wrist-or-shoulder-pain-weight-bearing', 'acute-hip-pain'],
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'supine-leg-lift',
    name: t('Lying leg lift', 'Elevación de pierna tumbado'),
    summary: t(
      'Lifting one straight leg a few centimetres while lying on your back makes the psoas work directly to hold the leg up.',
      'Elevar una pierna estirada unos centímetros estando boca arriba hace que el psoas trabaje de forma directa para sostener la pierna.',
    ),
    purpose: 'strengthen',
    targets: ['psoas', 'hip-flexors', 'core'],
    equipment: ['mat'],
    optionalEquipment: ['ankle-weights'],
    position: 'supine',
    steps: [
      t(
        'Lie on your back with both legs stretched out.',
        'Túmbate boca arriba con las dos piernas estiradas.',
      ),
      t(
        'Draw your belly button gently towards your spine so the lower back stays in contact with the floor. If the back still arches, slide your hands under your buttocks.',
        'Lleva suavemente el ombligo hacia la columna para que la zona lumbar siga en contacto con el suelo. Si la espalda aún se arquea, pon las manos bajo los glúteos.',
      ),
      t(
        'Lift one straight leg a few centimetres off the floor and hold it there.',
        'Eleva una pierna estirada unos centímetros del suelo y mantenla ahí.',
      ),
      t(
        'Lower it slowly, then repeat; change legs after the set.',
        'Bájala despacio y repite; cambia de pierna al terminar la serie.',
      ),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      holdSeconds: { min: 3, max: 5 },
      secondsPerRep: 3,
      sets: { min: 1, max: 1 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Go from 10 to 15 lifts per leg and from a 3- to a 5-second hold. Once 15 lifts with a 5-second hold feel easy, add light ankle weights.',
      'Pasa de 10 a 15 elevaciones por pierna y de 3 a 5 segundos de mantenimiento. Cuando 15 elevaciones de 5 segundos te resulten fáciles, añade tobilleras ligeras.',
    ),
    easier: [
      {
        name: t('Other knee bent', 'La otra rodilla doblada'),
        text: t(
          'Keep the resting leg bent with the foot flat; this takes strain off the lower back.',
          'Mantén doblada la pierna que descansa, con el pie apoyado; así descargas la zona lumbar.',
        ),
      },
    ],
    harder: [
      {
        name: t('Ankle weights', 'Tobilleras con peso'),
        text: t(
          'Add light ankle weights once the full dose is easy.',
          'Añade tobilleras ligeras cuando la dosis completa te resulte fácil.',
        ),
      },
    ],
    mistakes: [
      t('Letting the lower back lift off the floor.', 'Dejar que la zona lumbar se despegue del suelo.'),
      t(
        'Swinging the leg up high and fast instead of a slow, low lift.',
        'Lanzar la pierna alto y rápido en lugar de una elevación lenta y baja.',
      ),
      t('Holding your breath during the hold.', 'Contener la respiración durante el mantenimiento.'),
    ],
    safety: [BUILD_UP_SLOWLY, STOP_IF_PAIN],
    contraindications: [
      'pregnancy-second-trimester-supine',
      'acute-hip-pain',
      'postpartum-abdominal-loading',
    ],
    pregnancyAlternative: 'side-lying-leg-lift',
    sources: ['jimenez-weak-psoas', 'king-psoas-back-pain'],
  },
  {
    id: 'forward-lunge',
    name: t('Forward lunge', 'Zancada hacia delante'),
    summary: t(
      'Stepping forward into a lunge and pushing back strengthens the legs and buttocks and trains the hip to move with control.',
      'Dar un paso al frente hasta la zancada y volver fortalece piernas y glúteos y enseña a la cadera a moverse con control.',
    ),
    purpose: 'strengthen',
    targets: ['glutes', 'quadriceps', 'hip-flexors', 'core'],
    equipment: ['none'],
    optionalEquipment: [],
    position: 'standing',
    steps: [
      t(
        'Stand tall with feet hip-width apart.',
        'Ponte de pie, erguido, con los pies al ancho de la cadera.',
      ),
      t(
        'Take a step forward and bend both knees until they are close to right angles, back knee towards the floor.',
        'Da un paso al frente y dobla ambas rodillas hasta casi el ángulo recto, con la rodilla de atrás hacia el suelo.',
      ),
      t(
        'Push through the front heel to step back to the start.',
        'Empuja con el talón de delante para volver al inicio.',
      ),
      t('Repeat, then change legs.', 'Repite y cambia de pierna.'),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 10, max: 15 },
      secondsPerRep: 4,
      sets: { min: 1, max: 2 },
      perSide: true,
      fromArticles: true,
    },
    progression: ADD_A_SET,
    easier: [
      {
        name: t('Shallow, with support', 'Poco profunda y con apoyo'),
        text: t(
          'Hold a chair or a wall and bend the knees only partway.',
          'Sujétate a una silla o a la pared y dobla las rodillas solo en parte.',
        ),
      },
    ],
    harder: [
      {
        name: t('Pause at the bottom', 'Pausa abajo'),
        text: t(
          'Hold the low position for 2 seconds before pushing back.',
          'Mantén la posición baja 2 segundos antes de volver.',
        ),
      },
    ],
    mistakes: [
      t('Letting the front knee drift inwards.', 'Dejar que la rodilla de delante se vaya hacia dentro.'),
      t(
        'Leaning the trunk forward or arching the back.',
        'Inclinar el tronco hacia delante o arquear la espalda.',
      ),
      t(
        'Taking a step so short that the front heel lifts.',
        'Dar un paso tan corto que se levanta el talón de delante.',
      ),
    ],
    safety: [
      t(
        'Keep a chair or wall within reach for balance.',
        'Ten una silla o la pared a mano para mantener el equilibrio.',
      ),
      STOP_IF_PAIN,
    ],
    contraindications: ['balance-problems', 'acute-hip-pain'],
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'ball-sit-up',
    name: t('Sit-up on the ball with thighs tightened', 'Abdominal en la pelota con los muslos tensos'),
    summary: t(
      'A small curl-up while lying back on an exercise ball, with the thigh muscles switched on. It strengthens the belly and the psoas, which helps lift the trunk.',
      'Una pequeña flexión del tronco tumbado sobre la pelota, con los músculos de los muslos activados. Fortalece el abdomen y el psoas, que ayuda a levantar el tronco.',
    ),
    purpose: 'strengthen',
    targets: ['abdomen', 'psoas', 'hip-flexors', 'core'],
    equipment: ['exercise-ball'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Sit on the ball and walk your feet forward until your lower and middle back rest on it. Feet flat, hip-width apart.',
        'Siéntate en la pelota y avanza los pies hasta que la zona lumbar y media de la espalda descansen en ella. Pies apoyados al ancho de la cadera.',
      ),
      t(
        'Cross your arms over your chest. Press your feet into the floor and tighten your thigh muscles.',
        'Cruza los brazos sobre el pecho. Presiona los pies contra el suelo y tensa los músculos de los muslos.',
      ),
      t(
        'Breathe out and curl up slowly, just until your shoulders leave the ball; your lower back stays on it.',
        'Suelta el aire y sube despacio, solo hasta despegar los hombros de la pelota; la zona lumbar sigue apoyada en ella.',
      ),
      t(
        'Lower back over the ball slowly as you breathe in.',
        'Vuelve despacio sobre la pelota mientras tomas aire.',
      ),
    ],
    dosage: {
      kind: 'reps',
      reps: { min: 8, max: 12 },
      secondsPerRep: 4,
      sets: { min: 1, max: 2 },
      perSide: false,
      fromArticles: false,
    },
    progression: t(
      'Start with 8 slow curls. Build to 12, then add a second set.',
      'Empieza con 8 flexiones lentas. Llega a 12 y después añade una segunda serie.',
    ),
    easier: [
      {
        name: t('Smaller curl', 'Flexión más corta'),
        text: t('Lift only the head and shoulders.', 'Levanta solo la cabeza y los hombros.'),
      },
    ],
    harder: [
      {
        name: t('Hands by the ears', 'Manos junto a las orejas'),
        text: t(
          'Rest the fingertips lightly by your ears, without pulling on your neck.',
          'Apoya las yemas de los dedos junto a las orejas, sin tirar del cuello.',
        ),
      },
    ],
    mistakes: [
      t('Pulling the head up with the hands.', 'Tirar de la cabeza con las manos.'),
      t('Coming up fast with a jerk.', 'Subir deprisa y de golpe.'),
      t('Letting the thighs go soft.', 'Dejar los muslos relajados.'),
    ],
    safety: [BALL_SAFETY, STOP_IF_PAIN],
    contraindications: [
      'pregnancy-abdominal-loading',
      'pregnancy-second-trimester-supine',
      'osteoporosis-loaded-spinal-flexion',
      'balance-problems',
      'postpartum-abdominal-loading',
    ],
    pregnancyAlternative: 'side-lying-leg-lift',
    sources: ['psoas-causing-back-pain'],
  },
];
