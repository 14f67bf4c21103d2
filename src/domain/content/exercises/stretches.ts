import type { Exercise } from '../exercise-schema.js';
import { t } from '../types.js';
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
      'Un estiramiento clásico de la parte delantera de la cadera: con una rodilla en el suelo, se mete la pelvis y se avanza para alargar el psoas de la pierna de atrás.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'iliacus', 'hip-flexors', 'quadriceps'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'half-kneeling',
    steps: [
      t(
        'Kneel on one knee on a mat or folded towel. Put the other foot flat in front of you, with that knee bent at a right angle above the ankle.',
        'Apoye una rodilla sobre una esterilla o una toalla doblada. Ponga el otro pie plano delante, con esa rodilla en ángulo recto sobre el tobillo.',
      ),
      t(
        'Tuck your tailbone under a little, as if bringing your belt buckle up towards your ribs.',
        'Meta un poco el coxis, como si llevara la hebilla del cinturón hacia las costillas.',
      ),
      t(
        'Keeping your chest tall, slowly shift your hips forward until you feel a stretch at the front of the hip of the kneeling leg.',
        'Con el pecho erguido, lleve despacio la cadera hacia delante hasta notar el estiramiento en la parte delantera de la cadera de la pierna apoyada.',
      ),
      t(
        'Hold and breathe slowly. Keep your back straight, not arched.',
        'Mantenga y respire despacio. La espalda recta, sin arquearla.',
      ),
      t('Come back out slowly, change legs and repeat.', 'Salga despacio, cambie de pierna y repita.'),
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
      'Tres series de 30 segundos por lado. Cuando le resulte fácil, suba los dos brazos por encima de la cabeza y deje que la cadera avance unos centímetros más.',
    ),
    easier: [
      {
        name: t('With support', 'Con apoyo'),
        text: t(
          'Put a cushion under the knee, hold the back of a chair for balance and move forward only a little.',
          'Ponga un cojín bajo la rodilla, sujétese al respaldo de una silla para mantener el equilibrio y avance solo un poco.',
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
          'Estire los dos brazos hacia arriba y lleve la cadera un poco más adelante, sin sacar las costillas.',
        ),
      },
    ],
    mistakes: [
      t(
        'Arching the lower back instead of tucking the pelvis: a tight psoas pulls you into an arch, which moves the stretch away from the hip.',
        'Arquear la zona lumbar en lugar de meter la pelvis: un psoas tenso le lleva a arquearse y el estiramiento deja de llegar a la cadera.',
      ),
      t(
        'Letting the front knee slide far past the toes.',
        'Dejar que la rodilla de delante pase mucho por delante de los dedos del pie.',
      ),
      t('Leaning the chest forward over the front thigh.', 'Inclinar el pecho hacia delante sobre el muslo.'),
    ],
    safety: [
      t('Pad the kneeling knee on a hard floor.', 'Proteja la rodilla apoyada si el suelo es duro.'),
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
      'Una zancada profunda desde la plancha: se abre la parte delantera de la cadera de la pierna de atrás y se estiran también la cadera y el muslo interno de la pierna de delante.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'adductors', 'glutes'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'all-fours',
    steps: [
      t(
        'Start in a high plank: hands under the shoulders, legs straight behind you, feet about hip-width apart.',
        'Empiece en plancha alta: manos bajo los hombros, piernas estiradas hacia atrás y pies separados al ancho de la cadera.',
      ),
      t(
        'Step your right foot forward to land just outside your right hand.',
        'Lleve el pie derecho hacia delante y apóyelo justo por fuera de la mano derecha.',
      ),
      t(
        'Let your hips sink towards the floor until you feel a stretch at the front of the left hip and the inside of the right thigh.',
        'Deje que la cadera baje hacia el suelo hasta notar el estiramiento en la parte delantera de la cadera izquierda y en el muslo interno derecho.',
      ),
      t(
        'Hold and breathe, then step back to the plank and do the other side.',
        'Mantenga respirando, vuelva a la plancha y haga el otro lado.',
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
      'Empiece con 30 segundos por lado y alargue hacia un minuto a medida que resulte cómodo.',
    ),
    easier: [
      {
        name: t('Back knee down', 'Rodilla de atrás apoyada'),
        text: t(
          'Lower the back knee onto the mat and put your hands on a pile of books if the floor is far away.',
          'Baje la rodilla de atrás a la esterilla y apoye las manos sobre unos libros si el suelo queda lejos.',
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
          'Baje a los antebrazos por dentro del pie de delante, solo si la cadera sigue sin dolor.',
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
      'Lying on your back with one ankle crossed over the other knee. The article lists it among psoas stretches; it mostly stretches the buttock and the deep hip rotators, which stiffen along with a tight psoas.',
      'Tumbado boca arriba con un tobillo cruzado sobre la otra rodilla. El artículo lo incluye entre los estiramientos del psoas; sobre todo estira el glúteo y los rotadores profundos de la cadera, que se agarrotan junto con un psoas tenso.',
    ),
    purpose: 'stretch',
    targets: ['glutes', 'hip-rotators'],
    equipment: ['mat'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Lie on your back with both knees bent and feet flat.',
        'Túmbese boca arriba con las rodillas dobladas y los pies apoyados.',
      ),
      t(
        'Cross your right ankle over your left knee.',
        'Cruce el tobillo derecho sobre la rodilla izquierda.',
      ),
      t(
        'Hold the back of your left thigh and gently draw the left knee towards your chest until you feel a stretch in the right buttock and hip.',
        'Sujete la parte de atrás del muslo izquierdo y acerque con suavidad la rodilla izquierda al pecho hasta notar el estiramiento en el glúteo y la cadera derechos.',
      ),
      t('Hold and breathe, then change sides.', 'Mantenga respirando y cambie de lado.'),
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
      'Alargue cada estiramiento de 30 segundos a un minuto.',
    ),
    easier: [
      {
        name: t('Cross-legged on a chair', 'Con la pierna cruzada en una silla'),
        text: t(
          'Sit near the front of a steady chair, rest one ankle on the other knee and lean forward from the hips with a long back.',
          'Siéntese en la parte delantera de una silla estable, apoye un tobillo sobre la otra rodilla e inclínese desde la cadera con la espalda larga.',
        ),
      },
      {
        name: t('Foot on the wall', 'Pie en la pared'),
        text: t(
          'Lie close to a wall and rest the bottom foot on it instead of pulling the thigh.',
          'Túmbese cerca de una pared y apoye en ella el pie de abajo en lugar de tirar del muslo.',
        ),
      },
    ],
    harder: [
      {
        name: t('Closer to the chest', 'Más cerca del pecho'),
        text: t(
          'Draw the thigh a little closer while keeping the head and shoulders relaxed on the floor.',
          'Acerque un poco más el muslo con la cabeza y los hombros relajados en el suelo.',
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
      'A stretch you can do at a desk: sitting on the edge of a chair, you let one leg drop back so the front of that hip opens. The article’s own seated version, with an ankle crossed over the knee, mostly stretches the buttock; taking the leg back reaches the psoas itself.',
      'Un estiramiento para hacer en la oficina: sentado en el borde de una silla, se deja caer una pierna hacia atrás para abrir la parte delantera de esa cadera. La versión sentada del artículo, con un tobillo cruzado sobre la rodilla, estira sobre todo el glúteo; llevar la pierna atrás llega al propio psoas.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'quadriceps'],
    equipment: ['chair'],
    optionalEquipment: [],
    position: 'seated',
    steps: [
      t(
        'Sit sideways near the front edge of a steady chair without wheels, with one buttock on the seat and the other side free.',
        'Siéntese de lado en el borde delantero de una silla estable y sin ruedas, con un glúteo en el asiento y el otro lado libre.',
      ),
      t(
        'Keep the inside foot flat in front of you. Slide the outside leg back, knee pointing to the floor, resting on the ball of the foot.',
        'Deje el pie de dentro apoyado delante. Lleve la pierna de fuera hacia atrás, con la rodilla hacia el suelo y apoyada en la punta del pie.',
      ),
      t(
        'Sit tall and tuck your tailbone a little until you feel a stretch at the front of the hip of the back leg.',
        'Siéntese erguido y meta un poco el coxis hasta notar el estiramiento en la parte delantera de la cadera de la pierna de atrás.',
      ),
      t(
        'Hold and breathe, then turn round and change sides.',
        'Mantenga respirando, gírese y cambie de lado.',
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
      'Lengthen each hold from 30 seconds to a minute.',
      'Alargue cada estiramiento de 30 segundos a un minuto.',
    ),
    easier: [
      {
        name: t('Less range', 'Menos recorrido'),
        text: t(
          'Take the leg back only a little and hold the chair back for balance.',
          'Lleve la pierna solo un poco hacia atrás y sujétese al respaldo para mantener el equilibrio.',
        ),
      },
    ],
    harder: [
      {
        name: t('Arm up', 'Brazo arriba'),
        text: t(
          'Raise the arm on the stretched side and reach up and slightly over.',
          'Levante el brazo del lado que estira y alárguelo hacia arriba y un poco hacia el otro lado.',
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
        'Siéntese erguido en el borde de una mesa o banco firme, con la mitad de los muslos fuera.',
      ),
      t('Hold one knee with both hands.', 'Sujete una rodilla con las dos manos.'),
      t(
        'Lie back, drawing that knee towards your chest just until your lower back and the flat bone at the base of the spine rest on the table.',
        'Túmbese hacia atrás llevando esa rodilla hacia el pecho solo hasta que la zona lumbar y el hueso plano de la base de la columna queden apoyados en la mesa.',
      ),
      t(
        'Let the other leg hang freely from the edge and feel the stretch at the front of that hip.',
        'Deje la otra pierna colgando libre y note el estiramiento en la parte delantera de esa cadera.',
      ),
      t(
        'Hold, then bring the hanging knee up too and roll to your side to get up.',
        'Mantenga, suba también la rodilla que cuelga y gire de lado para levantarse.',
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
        name: t('Bend the hanging knee', 'Doble la rodilla que cuelga'),
        text: t(
          'Let the hanging knee bend further to add a stretch to the front of the thigh.',
          'Deje que la rodilla que cuelga se doble más para estirar también la parte delantera del muslo.',
        ),
      },
    ],
    mistakes: [
      t(
        'Pulling the knee in so far that the back rounds and the pelvis tips up: ease your grip until the lower back just rests flat.',
        'Tirar tanto de la rodilla que la espalda se redondea y la pelvis se levanta: afloje hasta que la zona lumbar apenas quede apoyada.',
      ),
      t(
        'Letting the hanging leg swing out to the side.',
        'Dejar que la pierna que cuelga se abra hacia fuera.',
      ),
    ],
    safety: [
      t(
        'Use a table that will not tip or slide, and get on and off slowly.',
        'Use una mesa que no se vuelque ni se deslice, y suba y baje despacio.',
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
        'Póngase de pie con los pies al ancho de la cadera, bien apoyados.',
      ),
      t(
        'Put both hands on the back of your hips for support.',
        'Coloque las dos manos en la parte de atrás de la cadera como apoyo.',
      ),
      t(
        'Look up and lean back slowly, head first, letting the front of the body open into a small arc.',
        'Mire hacia arriba e inclínese hacia atrás despacio, empezando por la cabeza, dejando que la parte delantera del cuerpo se abra en un arco pequeño.',
      ),
      t(
        'Pause for a few breaths, then return to upright slowly.',
        'Quédese unas respiraciones y vuelva despacio a la vertical.',
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
      'Empiece con tres mantenimientos cortos; añada repeticiones, no profundidad. Nunca fuerce el arco.',
    ),
    easier: [
      {
        name: t('Smaller arc', 'Arco más pequeño'),
        text: t(
          'Only lift the chest and look up, with hardly any lean.',
          'Solo eleve el pecho y mire arriba, casi sin inclinarse.',
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
        'Colóquese cerca de una pared o una silla por si pierde el equilibrio.',
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
      'Tumbarse hacia atrás sobre una pelota grande abre la espalda y estira el psoas, la parte delantera de la cadera y el abdomen mientras respira hondo.',
    ),
    purpose: 'stretch',
    targets: ['psoas', 'hip-flexors', 'abdomen', 'diaphragm'],
    equipment: ['exercise-ball'],
    optionalEquipment: [],
    position: 'supine',
    steps: [
      t(
        'Sit on the ball with your feet flat and wide for balance.',
        'Siéntese en la pelota con los pies apoyados y separados para tener equilibrio.',
      ),
      t(
        'Walk your feet forward slowly, letting the ball roll up your back until your back and shoulders rest on it.',
        'Avance los pies despacio y deje que la pelota ruede por la espalda hasta que la espalda y los hombros descansen sobre ella.',
      ),
      t(
        'Let your hips drop a little and your arms open out to the sides. Breathe deeply into the belly.',
        'Deje caer un poco la cadera y abra los brazos hacia los lados. Respire hondo con el abdomen.',
      ),
      t(
        'To come up, tuck your chin and walk your feet back towards the ball.',
        'Para subir, meta la barbilla y vuelva a acercar los pies a la pelota.',
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
      'Empiece con 20 segundos; cuando se sienta estable, quédese hasta un minuto y repita hasta tres veces.',
    ),
    easier: [
      {
        name: t('Ball against a wall', 'Pelota contra la pared'),
        text: t(
          'Wedge the ball against a wall so it cannot roll away, and keep your hips higher.',
          'Apoye la pelota contra la pared para que no ruede y mantenga la cadera más alta.',
        ),
      },
    ],
    harder: [
      {
        name: t('Arms overhead', 'Brazos por encima de la cabeza'),
        text: t(
          'Reach your arms back over your head to lengthen the front of the body further.',
          'Lleve los brazos hacia atrás por encima de la cabeza para alargar más la parte delantera.',
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
