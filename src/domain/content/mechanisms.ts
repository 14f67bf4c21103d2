import { t } from './text.js';
import type { Mechanism } from './types.js';

export const mechanisms: readonly Mechanism[] = [
  {
    id: 'tight-psoas',
    name: t('A tight, short psoas', 'Un psoas tenso y acortado'),
    chain: [
      t('The psoas stays short and tight', 'El psoas se queda corto y tenso'),
      t(
        'It pulls the lower spine and pelvis forward: the pelvis tips forward (anterior tilt)',
        'Tira de la columna lumbar y de la pelvis hacia delante: la pelvis se inclina hacia delante (anteversión)',
      ),
      t(
        'The curve of the lower back deepens (more lumbar lordosis)',
        'La curva de la zona lumbar se acentúa (más lordosis lumbar)',
      ),
      t(
        'If one side is tighter, the pelvis twists and that leg seems shorter (a functional leg-length difference)',
        'Si un lado está más tenso, la pelvis se gira y esa pierna parece más corta (diferencia funcional de longitud de piernas)',
      ),
      t(
        'Joints and muscles of the lower back are strained: pain',
        'Las articulaciones y los músculos lumbares se sobrecargan: dolor',
      ),
    ],
    text: t(
      'The psoas runs from the lower spine to the thigh. When it is short, standing up straight stretches it, so it pulls the pelvis into a forward tip and the lower back into a deeper arch. When one side pulls more than the other, the pelvis rotates and lifts one leg: the bones are the same length, but the leg behaves as if it were shorter. Left uncorrected, this imbalance strains the lower back, the hips and the buttock muscles.',
      'El psoas va de la columna lumbar al muslo. Cuando está acortado, al ponernos rectos se estira, así que tira de la pelvis hacia delante y arquea más la zona lumbar. Si un lado tira más que el otro, la pelvis rota y eleva una pierna: los huesos miden lo mismo, pero la pierna se comporta como si fuera más corta. Si no se corrige, este desequilibrio sobrecarga la zona lumbar, las caderas y los glúteos.',
    ),
    sources: ['psoas-stressed', 'psoas-back-health', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'weak-psoas',
    name: t('A weak psoas', 'Un psoas débil'),
    chain: [
      t('The psoas is weak', 'El psoas está débil'),
      t(
        'The hip and lower spine lose a steadying muscle: poor hip stability',
        'La cadera y la columna lumbar pierden un músculo estabilizador: poca estabilidad de cadera',
      ),
      t(
        'Other muscles compensate and the hips and legs get out of balance',
        'Otros músculos compensan y caderas y piernas se desequilibran',
      ),
      t(
        'Pain in the lower back, hips or knees, and running or jumping get harder',
        'Dolor lumbar, de cadera o de rodilla, y correr o saltar cuesta más',
      ),
    ],
    text: t(
      'A weak psoas cannot hold the hip and lower spine steady. Other muscles take over jobs they are not built for, and the imbalance spreads through the hips and legs. Everyday tasks become harder, and pain can appear in the lower back, the hips and even the knees.',
      'Un psoas débil no consigue mantener estables la cadera y la columna lumbar. Otros músculos asumen tareas para las que no están hechos y el desequilibrio se extiende por caderas y piernas. Las tareas diarias cuestan más y puede aparecer dolor en la zona lumbar, las caderas e incluso las rodillas.',
    ),
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas', 'psoas-stressed'],
  },
  {
    id: 'sitting',
    name: t('Long hours of sitting', 'Muchas horas sentado'),
    chain: [
      t('Sitting keeps the hip bent for hours', 'Estar sentado mantiene la cadera doblada durante horas'),
      t(
        'The psoas and other hip flexors adapt to being short and become tight and overactive',
        'El psoas y otros flexores de la cadera se adaptan a estar cortos y se vuelven tensos e hiperactivos',
      ),
      t(
        'The pelvis tips forward and the buttock muscles weaken',
        'La pelvis se inclina hacia delante y los glúteos se debilitan',
      ),
      t('Low back pain', 'Dolor lumbar'),
    ],
    text: t(
      'Driving, desk work, meals and evenings on the sofa add up. With the hip bent for four hours or more a day, the hip flexors get used to being short. They become tight and overactive while the buttock muscles, which should balance them, weaken.',
      'Conducir, trabajar en un escritorio, comer y pasar la tarde en el sofá se van sumando. Con la cadera doblada cuatro horas o más al día, los flexores de la cadera se acostumbran a estar cortos. Se vuelven tensos e hiperactivos, mientras que los glúteos, que deberían equilibrarlos, se debilitan.',
    ),
    sources: ['psoas-back-health', 'jimenez-weak-psoas', 'psoas-causing-back-pain'],
  },
  {
    id: 'never-lengthened',
    name: t('Always working, rarely lengthened', 'Siempre trabajando, casi nunca estirado'),
    chain: [
      t(
        'Walking, sitting, bending, cycling and climbing all shorten the psoas',
        'Caminar, sentarse, agacharse, ir en bici y subir acortan el psoas',
      ),
      t(
        'We rarely bend backwards or open the front of the hips',
        'Casi nunca nos inclinamos hacia atrás ni abrimos la parte delantera de la cadera',
      ),
      t(
        'The psoas hardly ever rests in a long position and stays tense',
        'El psoas casi nunca descansa alargado y se queda tenso',
      ),
    ],
    text: t(
      'Most everyday movement bends the hip. The movements that lengthen the psoas, such as leaning back or opening the belly in a lunge, are the ones we do least. That is why stretches that open the front of the hips are part of the plan.',
      'Casi todo el movimiento cotidiano dobla la cadera. Los movimientos que alargan el psoas, como inclinarse hacia atrás o abrir el abdomen en una zancada, son los que menos hacemos. Por eso el plan incluye estiramientos que abren la parte delantera de la cadera.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'stress',
    name: t('Stress and tension', 'Estrés y tensión'),
    chain: [
      t('Stress or fear', 'Estrés o miedo'),
      t(
        'A protective, curled posture that tightens the hip flexors',
        'Una postura protectora y encogida que tensa los flexores de la cadera',
      ),
      t('A psoas that stays contracted, and back pain', 'Un psoas que sigue contraído, y dolor de espalda'),
    ],
    text: t(
      'Several of the articles describe the psoas as a muscle that reacts to stress: when we feel under threat we curl up slightly, and over time this guarding keeps the psoas contracted. This idea comes from clinical experience more than from research, but easing stress is good for the back either way.',
      'Varios de los artículos describen el psoas como un músculo que reacciona al estrés: cuando nos sentimos amenazados nos encogemos un poco, y con el tiempo esa protección mantiene el psoas contraído. Esta idea procede más de la experiencia clínica que de la investigación, pero reducir el estrés beneficia a la espalda en cualquier caso.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'pregnancy',
    name: t('Pregnancy', 'Embarazo'),
    chain: [
      t(
        'As the baby grows, the centre of gravity moves forward',
        'A medida que crece el bebé, el centro de gravedad se desplaza hacia delante',
      ),
      t(
        'The pelvis tips forward; some muscles tighten and others stretch and weaken',
        'La pelvis se inclina hacia delante; unos músculos se tensan y otros se estiran y debilitan',
      ),
      t(
        'The psoas and nearby muscles take much of the strain: lower back discomfort',
        'El psoas y los músculos cercanos soportan gran parte de la carga: molestias lumbares',
      ),
    ],
    text: t(
      'During pregnancy the growing bump shifts weight forward and tips the pelvis. Gentle stretching and strengthening, in positions that suit each stage, can ease much of the resulting discomfort.',
      'Durante el embarazo, el vientre que crece desplaza el peso hacia delante e inclina la pelvis. Estiramientos y ejercicios de fuerza suaves, en posturas adecuadas a cada etapa, pueden aliviar buena parte de las molestias.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
];
