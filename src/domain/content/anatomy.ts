import { t } from './text.js';
import type { AnatomyItem } from './types.js';

export const anatomy: readonly AnatomyItem[] = [
  {
    id: 'psoas-major',
    kind: 'muscle',
    name: t('Psoas major', 'Psoas mayor'),
    text: t(
      'The main psoas: a long, thick muscle deep inside the body, behind the belly organs. It runs from the sides of the lower spine down through the pelvis, crosses the front of the hip joint and ends on the inner side of the thigh bone. It is the strongest muscle for lifting the thigh and the only one that links the spine directly to the legs.',
      'El psoas principal: un músculo largo y grueso situado en lo profundo del cuerpo, detrás de los órganos del abdomen. Baja desde los lados de la columna lumbar, atraviesa la pelvis, cruza por delante de la articulación de la cadera y termina en la cara interna del fémur. Es el músculo más fuerte para levantar el muslo y el único que une directamente la columna con las piernas.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'psoas-minor',
    kind: 'muscle',
    name: t('Psoas minor', 'Psoas menor'),
    text: t(
      'A small, thin muscle lying in front of the psoas major. It starts at the same upper part of the lower spine but ends on the pelvis rather than the thigh, and helps bend the lower back. It matters more in four-legged animals than in people.',
      'Un músculo pequeño y delgado situado delante del psoas mayor. Empieza en la misma zona alta de la columna lumbar, pero termina en la pelvis y no en el muslo, y ayuda a doblar la zona lumbar. Tiene más importancia en los animales de cuatro patas que en las personas.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'iliacus',
    kind: 'muscle',
    name: t('Iliacus', 'Ilíaco'),
    text: t(
      'A fan-shaped muscle that lines the inside of the bowl of the pelvis. Lower down it joins the psoas major and they share one tendon to the thigh bone.',
      'Un músculo en forma de abanico que recubre el interior del cuenco de la pelvis. Más abajo se une al psoas mayor y comparten un mismo tendón hasta el fémur.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'iliopsoas',
    kind: 'muscle-group',
    name: t('Iliopsoas', 'Psoas ilíaco (iliopsoas)'),
    text: t(
      'The psoas major and the iliacus together. They work as one unit, the main hip flexor, and help hold the lower back and pelvis steady. When people say “the psoas” they usually mean this group.',
      'El psoas mayor y el ilíaco juntos. Trabajan como una unidad, el principal flexor de la cadera, y ayudan a mantener estables la zona lumbar y la pelvis. Cuando se habla de «el psoas», normalmente se refiere a este conjunto.',
    ),
    sources: ['jimenez-weak-psoas', 'psoas-causing-back-pain'],
  },
  {
    id: 'origin',
    kind: 'attachment',
    name: t('Where it starts: T12 to L5', 'Dónde empieza: de T12 a L5'),
    text: t(
      'The psoas major starts on the last vertebra of the upper back (T12) and all five vertebrae of the lower back (L1 to L5): on the sides of the vertebral bodies and on their side projections, the transverse processes. That is about where the bottom of the rib cage is.',
      'El psoas mayor nace en la última vértebra dorsal (T12) y en las cinco vértebras lumbares (L1 a L5): en los lados de los cuerpos vertebrales y en sus salientes laterales, las apófisis transversas. Es más o menos a la altura del final de las costillas.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'insertion',
    kind: 'attachment',
    name: t('Where it ends: the lesser trochanter', 'Dónde termina: el trocánter menor'),
    text: t(
      'Its tendon ends on the lesser trochanter, a small knob of bone on the inner, upper part of the thigh bone (femur), just below the hip joint.',
      'Su tendón termina en el trocánter menor, un pequeño saliente óseo en la parte alta e interna del fémur, justo debajo de la articulación de la cadera.',
    ),
    sources: ['king-psoas-back-pain', 'psoas-back-health', 'psoas-causing-back-pain'],
  },
  {
    id: 'length',
    kind: 'measure',
    name: t('About 16 inches (40 cm) long', 'Unos 40 cm de largo'),
    text: t(
      'From spine to thigh the psoas is about 16 inches, or 40 centimetres, long in an adult, so a small change in its length moves the pelvis and spine noticeably.',
      'De la columna al muslo, el psoas mide unos 40 centímetros (16 pulgadas) en un adulto, así que un pequeño cambio de longitud mueve de forma notable la pelvis y la columna.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'action-hip-flexion',
    kind: 'action',
    name: t('Lifts the thigh (hip flexion)', 'Levanta el muslo (flexión de cadera)'),
    text: t(
      'It brings the thigh forward and up: every step, climbing stairs or a hill, getting up from lying down. A runner shortens and lengthens it thousands of times in an hour.',
      'Lleva el muslo hacia delante y arriba: en cada paso, al subir escaleras o una cuesta, al levantarse desde tumbado. Un corredor lo acorta y lo alarga miles de veces en una hora.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'action-hip-rotation',
    kind: 'action',
    name: t('Turns the thigh outwards', 'Gira el muslo hacia fuera'),
    text: t(
      'It helps rotate the hip so the knee turns slightly out.',
      'Ayuda a rotar la cadera para que la rodilla gire un poco hacia fuera.',
    ),
    sources: ['psoas-back-health'],
  },
  {
    id: 'action-trunk-flexion',
    kind: 'action',
    name: t('Bends the trunk', 'Dobla el tronco'),
    text: t(
      'With the legs fixed, it pulls the trunk forward, as in sitting up from lying down, and helps bend the spine sideways.',
      'Con las piernas fijas, tira del tronco hacia delante, como al incorporarse desde tumbado, y ayuda a inclinar la columna hacia los lados.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain'],
  },
  {
    id: 'action-stabilisation',
    kind: 'action',
    name: t('Steadies the lower back', 'Estabiliza la zona lumbar'),
    text: t(
      'Together with the belly and back muscles it holds the lower spine steady when you stand, walk, sit and exercise, which is why it is often called a core muscle.',
      'Junto con los músculos del abdomen y la espalda mantiene estable la columna lumbar al estar de pie, caminar, sentarse y hacer ejercicio; por eso se le suele llamar músculo del core.',
    ),
    sources: ['psoas-stressed', 'psoas-back-health', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'action-pelvic-tilt',
    kind: 'action',
    name: t('Tilts the pelvis', 'Inclina la pelvis'),
    text: t(
      'Tipping the pelvis forward and back uses the psoas. When it is short, it holds the pelvis tipped forward.',
      'Inclinar la pelvis hacia delante y hacia atrás pone en marcha el psoas. Cuando está acortado, mantiene la pelvis inclinada hacia delante.',
    ),
    sources: ['psoas-back-health', 'psoas-stressed'],
  },
  {
    id: 'relation-diaphragm',
    kind: 'relation',
    name: t('The diaphragm', 'El diafragma'),
    text: t(
      'The top of the psoas meets the diaphragm, the main breathing muscle, through connective tissue. This is one reason the articles tie the psoas to breathing and to how we react to stress.',
      'La parte alta del psoas se une al diafragma, el principal músculo de la respiración, mediante tejido conectivo. Es uno de los motivos por los que los artículos relacionan el psoas con la respiración y con la reacción al estrés.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'relation-quadratus-lumborum',
    kind: 'relation',
    name: t('Quadratus lumborum', 'Cuadrado lumbar'),
    text: t(
      'A thick, deep back muscle between the pelvis and the lowest rib, beside the spine. You use it to bend sideways, twist, lift and cough. Pain from a tense psoas is often felt here.',
      'Un músculo profundo y grueso de la espalda entre la pelvis y la última costilla, junto a la columna. Se usa para inclinarse, girar, levantar peso y toser. El dolor de un psoas tenso a menudo se nota aquí.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'relation-organs',
    kind: 'relation',
    name: t('The belly organs', 'Los órganos del abdomen'),
    text: t(
      'The psoas lies deep in the belly, close to the large and small intestine, the kidneys, and in women the uterus and ovaries. That is why it cannot be reached safely by pressing on your own belly.',
      'El psoas está en lo profundo del abdomen, cerca del intestino grueso y delgado, los riñones y, en las mujeres, el útero y los ovarios. Por eso no se puede alcanzar con seguridad presionando uno mismo el abdomen.',
    ),
    sources: ['psoas-causing-back-pain', 'jimenez-weak-psoas'],
  },
];
