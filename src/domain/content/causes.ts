import { t } from './text.js';
import type { Cause } from './types.js';

/** Causes and risk factors the articles name. */
export const causes: readonly Cause[] = [
  {
    id: 'prolonged-sitting',
    name: t('Sitting for 4 hours or more a day', 'Estar sentado 4 horas o más al día'),
    kind: 'habit',
    text: t(
      'Counting the car, the desk, meals and the sofa, many people sit far longer than four hours a day. The psoas stays short all that time and adapts by becoming tight and weaker.',
      'Sumando el coche, el escritorio, las comidas y el sofá, mucha gente pasa bastante más de cuatro horas al día sentada. El psoas está acortado todo ese tiempo y se adapta volviéndose tenso y más débil.',
    ),
    sources: ['psoas-back-health', 'jimenez-weak-psoas'],
  },
  {
    id: 'desk-work',
    name: t('Desk work', 'Trabajo de oficina'),
    kind: 'habit',
    text: t(
      'A job at a desk makes a tight or weak psoas likely. Breaks, a standing desk and a daily walk help.',
      'Un trabajo de escritorio hace probable un psoas tenso o débil. Ayudan las pausas, un escritorio de pie y un paseo diario.',
    ),
    sources: ['psoas-causing-back-pain', 'jimenez-weak-psoas', 'psoas-stressed'],
  },
  {
    id: 'leg-crossing',
    name: t('Crossing your legs often', 'Cruzar las piernas a menudo'),
    kind: 'posture',
    text: t(
      'Sitting with the same leg crossed again and again can pull the pelvis unevenly, as in the case of an office worker with one-sided back pain described in one article.',
      'Sentarse una y otra vez con la misma pierna cruzada puede tirar de la pelvis de forma desigual, como en el caso de una oficinista con dolor lumbar de un lado que describe uno de los artículos.',
    ),
    sources: ['psoas-stressed'],
  },
  {
    id: 'poor-posture',
    name: t('Poor posture', 'Mala postura'),
    kind: 'posture',
    text: t(
      'Slouching, rounded shoulders and a forward head may feel easy, but over time they weaken the muscles that hold you up against gravity and add strain to the psoas.',
      'Encorvarse, los hombros redondeados y la cabeza adelantada pueden parecer cómodos, pero con el tiempo debilitan los músculos que nos sostienen contra la gravedad y cargan el psoas.',
    ),
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas', 'psoas-back-health'],
  },
  {
    id: 'stress',
    name: t('Stress', 'Estrés'),
    kind: 'mind',
    text: t(
      'Ongoing stress, worry or old fears can keep the psoas tense, according to several of the articles.',
      'Según varios de los artículos, el estrés continuo, la preocupación o los miedos antiguos pueden mantener tenso el psoas.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'dehydration',
    name: t('Not drinking enough', 'Beber poco'),
    kind: 'body',
    text: t(
      'When you are dehydrated, muscles and the tissue around them get stiffer and can become painful.',
      'Con deshidratación, los músculos y el tejido que los rodea se vuelven más rígidos y pueden doler.',
    ),
    sources: ['king-psoas-back-pain', 'psoas-causing-back-pain'],
  },
  {
    id: 'overuse',
    name: t('Overuse in running or cycling', 'Sobrecarga al correr o ir en bici'),
    kind: 'load',
    text: t(
      'Sports that lift the knee thousands of times, such as running and cycling, can overload the psoas and cause pain or spasm.',
      'Los deportes que elevan la rodilla miles de veces, como correr o montar en bici, pueden sobrecargar el psoas y causar dolor o espasmos.',
    ),
    sources: ['king-psoas-back-pain', 'jimenez-weak-psoas'],
  },
  {
    id: 'injury',
    name: t('Injury to the hip or lower back', 'Lesión de cadera o zona lumbar'),
    kind: 'load',
    text: t(
      'A fall or strain of the hip or lower back can leave the psoas in spasm and painful.',
      'Una caída o un tirón en la cadera o la zona lumbar pueden dejar el psoas contracturado y dolorido.',
    ),
    sources: ['king-psoas-back-pain'],
  },
  {
    id: 'pregnancy',
    name: t('Pregnancy', 'Embarazo'),
    kind: 'body',
    text: t(
      'The growing baby shifts the centre of gravity forward and tips the pelvis, putting extra strain on the psoas and the muscles around it.',
      'El bebé en crecimiento desplaza el centro de gravedad hacia delante e inclina la pelvis, lo que carga más el psoas y los músculos de alrededor.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'little-counter-movement',
    name: t('Rarely opening the front of the hips', 'Abrir poco la parte delantera de la cadera'),
    kind: 'habit',
    text: t(
      'Daily life is full of bending forward and almost empty of leaning back, so the psoas seldom gets lengthened.',
      'La vida diaria está llena de movimientos hacia delante y casi vacía de inclinaciones hacia atrás, así que el psoas rara vez se alarga.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
];
