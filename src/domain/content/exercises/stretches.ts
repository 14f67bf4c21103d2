import type { Exercise } from '../exercise-model.js';
import { t } from '../text.js';
import { BALL_SAFETY, GENTLE_STRETCH, STOP_IF_PAIN } from './common.js';

export const stretches: Exercise[] = [
  {
    id: 'kneeling-lunge',
    name: t(
      'Kneeling lunge (hip flexor stretch)',
      'Zancada de rodillas (estiramiento del flexor de la cadera)',
    ),
    summary: t(
      'A classic stretch for the front of the hip: with one knee down, you tuck the pelvis and shift forward to lengthen the psoas of the back leg.',
      'Un estiramiento clásico de la parte delantera de la cadera: con una rodilla en el suelo, metes la pelvis y avanzas para alargar el psoas de la pierna de atrás.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'iliacus', 'hip-flexors', 'quadriceps'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'half-kneeling',
    steps: [
      t(
        'Kneel on one knee on a mat or folded towel. Put the other foot flat in front of you, with that knee bent at a right angle above the ankle.',
        'Apoya una rodilla sobre una esterilla o una toalla doblada. Pon el otro pie plano delante, con esa rodilla en ángulo recto sobre el tobillo.',
      ),
      t(
        'Tuck your tailbone under a little, as if bringing your belt buckle up towards your ribs.',
        'Mete un poco el coxis, como si llevaras la hebilla del cinturón hacia las costillas.',
      ),
      t(
        'Keeping your chest tall, slowly shift your hips forward until you feel a stretch at the front of the hip of the kneeling leg.',
        'Con el pecho erguido, lleva despacio la cadera hacia delante hasta notar el estiramiento en la parte delantera de la cadera de la pierna apoyada.',
      ),
      t(
        'Hold and breathe slowly. Keep your back straight, not arched.',
        'Mantén y respira despacio. La espalda recta, sin arquearla.',
      ),
      t('Come back out slowly, change legs and repeat.', 'Sal despacio, cambia de pierna y repite.'),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 30 },
      sets: { min: 3, max: 3 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Three holds of 30 seconds on each side. Once that is easy, lift both arms overhead and let the hips move another few centimetres forward.',
      'Tres series de 30 segundos por lado. Cuando te resulte fácil, sube los dos brazos por encima de la cabeza y deja que la cadera avance unos centímetros más.',
    ),
    easier: [
      {
        name: t('With support', 'Con apoyo'),
        text: t(
          'Put a cushion under the knee, hold the back of a chair for balance and move forward only a little.',
          'Pon un cojín bajo la rodilla, sujétate al respaldo de una silla para mantener el equilibrio y avanza solo un poco.',
        ),
      },
      {
        name: t('Lying on your side', 'Tumbado de lado'),
        text: t('The same stretch without kneeling.', 'El mismo estiramiento sin arrodillarse.'),
        exerciseId: 'side-lying-hip-flexor-stretch',
      },
    ],
    harder: [
      {
        name: t('Arms overhead', 'Brazos arriba'),
        text: t(
          'Reach both arms up and lean the hips slightly further forward, keeping the ribs down.',
          'Estira los dos brazos hacia arriba y lleva la cadera un poco más adelante, sin sacar las costillas.',
        ),
      },
    ],
    mistakes: [
      t(
        'Arching the lower back instead of tucking the pelvis: a tight psoas pulls you into an arch, which moves the stretch away from the hip.',
        'Arquear la zona lumbar en lugar de meter la pelvis: un psoas tenso te lleva a arquearte y el estiramiento deja de llegar a la cadera.',
      ),
      t(
        'Letting the front knee slide far past the toes.',
        'Dejar que la rodilla de delante pase mucho por delante de los dedos del pie.',
      ),
      t('Leaning the chest forward over the front thigh.', 'Inclinar el pecho hacia delante sobre el muslo.'),
    ],
    safety: [
      t('Pad the kneeling knee on a hard floor.', 'Protege la rodilla apoyada si el suelo es duro.'),
      GENTLE_STRETCH,
      STOP_IF_PAIN,
    ],
    contraindications: ['knee-pain-when-kneeling', 'acute-hip-pain'],
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'lizard-pose',
    name: t('Lizard pose', 'Postura del lagarto'),
    summary: t(
      'A deep lunge from a plank: the back leg’s hip opens at the front while the front hip and inner thigh also stretch.',
      'Una zancada profunda desde la plancha: abres la parte delantera de la cadera de la pierna de atrás y estiras también la cadera y el muslo interno de la pierna de delante.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'adductors', 'glutes'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'all-fours',
    steps: [
      t(
        'Start in a high plank: hands under the shoulders, legs straight behind you, feet about hip-width apart.',
        'Empieza en plancha alta: manos bajo los hombros, piernas estiradas hacia atrás y pies separados al ancho de la cadera.',
      ),
      t(
        'Step your right foot forward to land just outside your right hand.',
        'Lleva el pie derecho hacia delante y apóyalo justo por fuera de la mano derecha.',
      ),
      t(
        'Let your hips sink towards the floor until you feel a stretch at the front of the left hip and the inside of the right thigh.',
        'Deja que la cadera baje hacia el suelo hasta notar el estiramiento en la parte delantera de la cadera izquierda y en el muslo interno derecho.',
      ),
      t(
        'Hold and breathe, then step back to the plank and do the other side.',
        'Mantén respirando, vuelve a la plancha y haz el otro lado.',
      ),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 60 },
      sets: { min: 1, max: 1 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Start with 30 seconds per side and lengthen the hold towards one minute as it becomes comfortable.',
      'Empieza con 30 segundos por lado y alarga hacia un minuto a medida que te resulte cómodo.',
    ),
    easier: [
      {
        name: t('Back knee down', 'Rodilla de atrás apoyada'),
        text: t(
          'Lower the back knee onto the mat and put your hands on a pile of books if the floor is far away.',
          'Baja la rodilla de atrás a la esterilla y apoya las manos sobre unos libros si el suelo queda lejos.',
        ),
      },
      {
        name: t('Kneeling lunge instead', 'Zancada de rodillas en su lugar'),
        text: t('A gentler way to stretch the same hip.', 'Una forma más suave de estirar la misma cadera.'),
        exerciseId: 'kneeling-lunge',
      },
    ],
    harder: [
      {
        name: t('Onto the forearms', 'Sobre los antebrazos'),
        text: t(
          'Lower onto your forearms inside the front foot, only if the hip stays pain-free.',
          'Baja a los antebrazos por dentro del pie de delante, solo si la cadera sigue sin dolor.',
        ),
      },
    ],
    mistakes: [
      t(
        'Letting the lower back sag and the shoulders collapse.',
        'Dejar que la zona lumbar se hunda y los hombros se vengan abajo.',
      ),
      t('Letting the front knee fall inwards.', 'Dejar que la rodilla de delante se vaya hacia dentro.'),
      t('Holding your breath.', 'Contener la respiración.'),
    ],
    safety: [GENTLE_STRETCH, STOP_IF_PAIN],
    contraindications: [
      'wrist-or-shoulder-pain-weight-bearing',
      'acute-hip-pain',
      'hip-replacement-precautions',
    ],
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'figure-four-stretch',
    name: t('Figure-four stretch', 'Estiramiento en figura de cuatro'),
    summary: t(
      'Lying on your back with one ankle crossed over the other knee. It is often listed as a psoas stretch, but it mostly stretches the buttock and the deep hip rotators, which stiffen along with a tight psoas.',
      'Tumbado boca arriba con un tobillo cruzado sobre la otra rodilla. Suele contarse entre los estiramientos del psoas, pero sobre todo estira el glúteo y los rotadores profundos de la cadera, que se agarrotan junto con un psoas tenso.',
    ),
    purpose: 'stretch',
    targets: ['glutes', 'hip-rotators'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Lie on your back with both knees bent and feet flat.',
        'Túmbate boca arriba con las rodillas dobladas y los pies apoyados.',
      ),
      t(
        'Cross your right ankle over your left knee.',
        'Cruza el tobillo derecho sobre la rodilla izquierda.',
      ),
      t(
        'Hold the back of your left thigh and gently draw the left knee towards your chest until you feel a stretch in the right buttock and hip.',
        'Sujeta la parte de atrás del muslo izquierdo y acerca con suavidad la rodilla izquierda al pecho hasta notar el estiramiento en el glúteo y la cadera derechos.',
      ),
      t('Hold and breathe, then change sides.', 'Mantén respirando y cambia de lado.'),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 60 },
      sets: { min: 1, max: 1 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Lengthen each hold from 30 seconds to a minute.',
      'Alarga cada estiramiento de 30 segundos a un minuto.',
    ),
    easier: [
      {
        name: t('Cross-legged on a chair', 'Con la pierna cruzada en una silla'),
        text: t(
          'Sit near the front of a steady chair, rest one ankle on the other knee and lean forward from the hips with a long back.',
          'Siéntate en la parte delantera de una silla estable, apoya un tobillo sobre la otra rodilla e inclínate desde la cadera con la espalda larga.',
        ),
      },
      {
        name: t('Foot on the wall', 'Pie en la pared'),
        text: t(
          'Lie close to a wall and rest the bottom foot on it instead of pulling the thigh.',
          'Túmbate cerca de una pared y apoya en ella el pie de abajo en lugar de tirar del muslo.',
        ),
      },
    ],
    harder: [
      {
        name: t('Closer to the chest', 'Más cerca del pecho'),
        text: t(
          'Draw the thigh a little closer while keeping the head and shoulders relaxed on the floor.',
          'Acerca un poco más el muslo con la cabeza y los hombros relajados en el suelo.',
        ),
      },
    ],
    mistakes: [
      t(
        'Lifting the head and shoulders to reach the leg.',
        'Levantar la cabeza y los hombros para alcanzar la pierna.',
      ),
      t('Pulling hard enough to twist the pelvis.', 'Tirar tan fuerte que la pelvis se gira.'),
    ],
    safety: [GENTLE_STRETCH, STOP_IF_PAIN],
    contraindications: ['hip-replacement-precautions', 'acute-hip-pain', 'pregnancy-second-trimester-supine'],
    pregnancyAlternative: 'seated-psoas-stretch',
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'seated-psoas-stretch',
    name: t('Seated psoas stretch', 'Estiramiento del psoas sentado'),
    summary: t(
      'A stretch you can do at a desk: sitting on the edge of a chair, you let one leg drop back so the front of that hip opens. Crossing an ankle over the knee would mostly stretch the buttock; taking the leg back reaches the psoas itself.',
      'Un estiramiento para hacer en la oficina: sentado en el borde de una silla, dejas caer una pierna hacia atrás para abrir la parte delantera de esa cadera. Con un tobillo cruzado sobre la rodilla estirarías sobre todo el glúteo; llevar la pierna atrás llega al propio psoas.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'quadriceps'],
    equipment: ['chair'],
    optionalEquipment: [],
    position: 'seated',
    steps: [
      t(
        'Sit sideways near the front edge of a steady chair without wheels, with one buttock on the seat and the other side free.',
        'Siéntate de lado en el borde delantero de una silla estable y sin ruedas, con un glúteo en el asiento y el otro lado libre.',
      ),
      t(
        'Keep the inside foot flat in front of you. Slide the outside leg back, knee pointing to the floor, resting on the ball of the foot.',
        'Deja el pie de dentro apoyado delante. Lleva la pierna de fuera hacia atrás, con la rodilla hacia el suelo y apoyada en la punta del pie.',
      ),
      t(
        'Sit tall and tuck your tailbone a little until you feel a stretch at the front of the hip of the back leg.',
        'Siéntate erguido y mete un poco el coxis hasta notar el estiramiento en la parte delantera de la cadera de la pierna de atrás.',
      ),
      t('Hold and breathe, then turn round and change sides.', 'Mantén respirando, gírate y cambia de lado.'),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 60 },
      sets: { min: 1, max: 1 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Lengthen each hold from 30 seconds to a minute.',
      'Alarga cada estiramiento de 30 segundos a un minuto.',
    ),
    easier: [
      {
        name: t('Less range', 'Menos recorrido'),
        text: t(
          'Take the leg back only a little and hold the chair back for balance.',
          'Lleva la pierna solo un poco hacia atrás y sujétate al respaldo para mantener el equilibrio.',
        ),
      },
    ],
    harder: [
      {
        name: t('Arm up', 'Brazo arriba'),
        text: t(
          'Raise the arm on the stretched side and reach up and slightly over.',
          'Levanta el brazo del lado que estira y alárgalo hacia arriba y un poco hacia el otro lado.',
        ),
      },
    ],
    mistakes: [
      t(
        'Arching the lower back instead of tucking the pelvis.',
        'Arquear la zona lumbar en lugar de meter la pelvis.',
      ),
      t('Sitting on a chair with wheels or one that tips.', 'Usar una silla con ruedas o que se vuelque.'),
    ],
    safety: [GENTLE_STRETCH, STOP_IF_PAIN],
    contraindications: ['acute-hip-pain'],
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'thomas-stretch',
    name: t('Thomas stretch on a table', 'Estiramiento de Thomas en una mesa'),
    summary: t(
      'Lying back on the end of a table with one knee hugged in and the other leg hanging: the hanging leg’s psoas lengthens while the lower back stays flat.',
      'Tumbado en el borde de una mesa con una rodilla abrazada y la otra pierna colgando: el psoas de la pierna que cuelga se alarga mientras la zona lumbar queda apoyada.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'iliacus', 'hip-flexors', 'quadriceps'],
    equipment: ['table'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Sit tall at the very end of a sturdy table or bench, with your thighs half off the edge.',
        'Siéntate erguido en el borde de una mesa o banco firme, con la mitad de los muslos fuera.',
      ),
      t('Hold one knee with both hands.', 'Sujeta una rodilla con las dos manos.'),
      t(
        'Lie back, drawing that knee towards your chest just until your lower back and the flat bone at the base of the spine rest on the table.',
        'Túmbate hacia atrás llevando esa rodilla hacia el pecho solo hasta que la zona lumbar y el hueso plano de la base de la columna queden apoyados en la mesa.',
      ),
      t(
        'Let the other leg hang freely from the edge and feel the stretch at the front of that hip.',
        'Deja la otra pierna colgando libre y nota el estiramiento en la parte delantera de esa cadera.',
      ),
      t(
        'Hold, then bring the hanging knee up too and roll to your side to get up.',
        'Mantén, sube también la rodilla que cuelga y gira de lado para levantarte.',
      ),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 30, max: 60 },
      sets: { min: 2, max: 3 },
      perSide: true,
      fromArticles: true,
    },
    progression: t(
      'Two holds of 30 seconds per side at first, building to three holds of a minute.',
      'Al principio, dos series de 30 segundos por lado; después hasta tres series de un minuto.',
    ),
    easier: [
      {
        name: t('On your side', 'De lado'),
        text: t(
          'A gentler stretch of the same muscles, lying on your side.',
          'Un estiramiento más suave de los mismos músculos, tumbado de lado.',
        ),
        exerciseId: 'side-lying-hip-flexor-stretch',
      },
    ],
    harder: [
      {
        name: t('Bend the hanging knee', 'Dobla la rodilla que cuelga'),
        text: t(
          'Let the hanging knee bend further to add a stretch to the front of the thigh.',
          'Deja que la rodilla que cuelga se doble más para estirar también la parte delantera del muslo.',
        ),
      },
    ],
    mistakes: [
      t(
        'Pulling the knee in so far that the back rounds and the pelvis tips up: ease your grip until the lower back just rests flat.',
        'Tirar tanto de la rodilla que la espalda se redondea y la pelvis se levanta: afloja hasta que la zona lumbar apenas quede apoyada.',
      ),
      t(
        'Letting the hanging leg swing out to the side.',
        'Dejar que la pierna que cuelga se abra hacia fuera.',
      ),
    ],
    safety: [
      t(
        'Use a table that will not tip or slide, and get on and off slowly.',
        'Usa una mesa que no se vuelque ni se deslice, y sube y baja despacio.',
      ),
      GENTLE_STRETCH,
      STOP_IF_PAIN,
    ],
    contraindications: ['pregnancy-second-trimester-supine', 'hip-replacement-precautions', 'acute-hip-pain'],
    pregnancyAlternative: 'side-lying-hip-flexor-stretch',
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'standing-back-bend',
    name: t('Standing back-bend', 'Extensión de espalda de pie'),
    summary: t(
      'A short, gentle lean backwards with the hands supporting the hips. It opens the front of the body, the opposite of sitting, and doubles as a self-test.',
      'Una inclinación hacia atrás corta y suave con las manos sujetando la cadera. Abre la parte delantera del cuerpo, lo contrario de estar sentado, y sirve también de autoprueba.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'abdomen'],
    equipment: ['none'],
    optionalEquipment: [],
    position: 'standing',
    steps: [
      t(
        'Stand with feet hip-width apart, pressing them into the floor.',
        'Ponte de pie con los pies al ancho de la cadera, bien apoyados.',
      ),
      t(
        'Put both hands on the back of your hips for support.',
        'Coloca las dos manos en la parte de atrás de la cadera como apoyo.',
      ),
      t(
        'Look up and lean back slowly, head first, letting the front of the body open into a small arc.',
        'Mira hacia arriba e inclínate hacia atrás despacio, empezando por la cabeza, dejando que la parte delantera del cuerpo se abra en un arco pequeño.',
      ),
      t(
        'Pause for a few breaths, then return to upright slowly.',
        'Quédate unas respiraciones y vuelve despacio a la vertical.',
      ),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 5, max: 10 },
      sets: { min: 3, max: 5 },
      perSide: false,
      fromArticles: false,
    },
    progression: t(
      'Start with three short holds; add holds rather than depth. Never force the arc.',
      'Empieza con tres mantenimientos cortos; añade repeticiones, no profundidad. Nunca fuerces el arco.',
    ),
    easier: [
      {
        name: t('Smaller arc', 'Arco más pequeño'),
        text: t(
          'Only lift the chest and look up, with hardly any lean.',
          'Solo eleva el pecho y mira arriba, casi sin inclinarte.',
        ),
      },
    ],
    harder: [
      {
        name: t('Over a ball', 'Sobre una pelota'),
        text: t(
          'A fuller, supported back-bend lying over an exercise ball.',
          'Una extensión más amplia y apoyada, tumbado sobre una pelota.',
        ),
        exerciseId: 'ball-backbend',
      },
    ],
    mistakes: [
      t(
        'Bending only at the lower back instead of along the whole spine.',
        'Doblarse solo por la zona lumbar en lugar de a lo largo de toda la columna.',
      ),
      t('Pushing further than is comfortable.', 'Ir más allá de lo cómodo.'),
    ],
    safety: [
      t(
        'Stand near a wall or a chair in case you lose balance.',
        'Colócate cerca de una pared o una silla por si pierdes el equilibrio.',
      ),
      STOP_IF_PAIN,
    ],
    contraindications: ['pain-on-bending-backwards', 'balance-problems'],
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'ball-backbend',
    name: t('Backbend over an exercise ball', 'Extensión sobre la pelota de ejercicio'),
    summary: t(
      'Lying back over a large ball opens the back and stretches the psoas, the front of the hips and the belly while you breathe deeply.',
      'Tumbarse hacia atrás sobre una pelota grande abre la espalda y estira el psoas, la parte delantera de la cadera y el abdomen mientras respiras hondo.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'abdomen', 'diaphragm'],
    equipment: ['exercise-ball'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Sit on the ball with your feet flat and wide for balance.',
        'Siéntate en la pelota con los pies apoyados y separados para tener equilibrio.',
      ),
      t(
        'Walk your feet forward slowly, letting the ball roll up your back until your back and shoulders rest on it.',
        'Avanza los pies despacio y deja que la pelota ruede por la espalda hasta que la espalda y los hombros descansen sobre ella.',
      ),
      t(
        'Let your hips drop a little and your arms open out to the sides. Breathe deeply into the belly.',
        'Deja caer un poco la cadera y abre los brazos hacia los lados. Respira hondo con el abdomen.',
      ),
      t(
        'To come up, tuck your chin and walk your feet back towards the ball.',
        'Para subir, mete la barbilla y vuelve a acercar los pies a la pelota.',
      ),
    ],
    dosage: {
      kind: 'hold',
      holdSeconds: { min: 20, max: 60 },
      sets: { min: 1, max: 3 },
      perSide: false,
      fromArticles: false,
    },
    progression: t(
      'Start with 20 seconds; as you feel steady, stay up to a minute and repeat up to three times.',
      'Empieza con 20 segundos; cuando te sientas estable, quédate hasta un minuto y repite hasta tres veces.',
    ),
    easier: [
      {
        name: t('Ball against a wall', 'Pelota contra la pared'),
        text: t(
          'Wedge the ball against a wall so it cannot roll away, and keep your hips higher.',
          'Apoya la pelota contra la pared para que no ruede y mantén la cadera más alta.',
        ),
      },
    ],
    harder: [
      {
        name: t('Arms overhead', 'Brazos por encima de la cabeza'),
        text: t(
          'Reach your arms back over your head to lengthen the front of the body further.',
          'Lleva los brazos hacia atrás por encima de la cabeza para alargar más la parte delantera.',
        ),
      },
    ],
    mistakes: [
      t(
        'Holding your breath instead of breathing into the belly.',
        'Contener la respiración en lugar de respirar con el abdomen.',
      ),
      t(
        'Letting the head hang unsupported off the ball.',
        'Dejar la cabeza colgando sin apoyo fuera de la pelota.',
      ),
    ],
    safety: [BALL_SAFETY, STOP_IF_PAIN],
    contraindications: ['pain-on-bending-backwards', 'balance-problems', 'pregnancy-second-trimester-supine'],
    pregnancyAlternative: 'side-lying-hip-flexor-stretch',
    sources: ['psoas-causing-back-pain'],
  },
];
