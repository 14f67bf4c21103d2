import { t } from './text.js';
import type { Symptom } from './types.js';

const OTHER_CAUSES = {
  en: 'These complaints have many other causes: see a doctor if they are new, severe or do not go away.',
  es: 'Estas molestias tienen muchas otras causas: consulta a un médico si son nuevas, intensas o no desaparecen.',
};
const withCaution = (en: string, es: string) => t(`${en} ${OTHER_CAUSES.en}`, `${es} ${OTHER_CAUSES.es}`);

/** Every symptom the five articles attribute to the psoas, grouped by body area. */
export const symptoms: readonly Symptom[] = [
  {
    id: 'low-back-pain',
    name: t('Low back pain', 'Dolor lumbar'),
    area: 'back',
    text: t(
      'Aching or pain in the lower back, the most common complaint.',
      'Molestia o dolor en la zona lumbar, la queja más frecuente.',
    ),
    sources: [
      'psoas-stressed',
      'psoas-back-health',
      'psoas-causing-back-pain',
      'king-psoas-back-pain',
      'jimenez-weak-psoas',
    ],
  },
  {
    id: 'mid-back-pain',
    name: t('Middle back pain', 'Dolor en la mitad de la espalda'),
    area: 'back',
    text: t('Pain reaching up to the middle of the back.', 'Dolor que sube hasta la mitad de la espalda.'),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'pain-lying-on-back',
    name: t('Pain when lying on your back', 'Dolor al estar tumbado boca arriba'),
    area: 'back',
    text: t(
      'Low back pain, often on one side, that makes it hard to lie on your back for long.',
      'Dolor lumbar, a menudo de un lado, que impide estar mucho tiempo tumbado boca arriba.',
    ),
    sources: ['psoas-stressed'],
  },
  {
    id: 'side-of-back-pain',
    name: t('Deep ache at the side of the lower back', 'Dolor profundo en el lateral de la zona lumbar'),
    area: 'back',
    text: t(
      'Pain felt in the quadratus lumborum, the deep muscle between the pelvis and the lowest rib, is often referred from the psoas.',
      'El dolor en el cuadrado lumbar, el músculo profundo entre la pelvis y la última costilla, a menudo procede del psoas.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'neck-shoulder-pain',
    name: t('Neck and shoulder pain', 'Dolor de cuello y hombros'),
    area: 'back',
    text: t(
      'When the pelvis and spine are out of line, the neck and shoulders can end up compensating and hurting too.',
      'Cuando la pelvis y la columna están desalineadas, el cuello y los hombros pueden acabar compensando y doliendo también.',
    ),
    sources: ['psoas-stressed', 'jimenez-weak-psoas'],
  },
  {
    id: 'front-hip-pain',
    name: t('Pain at the front of the hip', 'Dolor en la parte delantera de la cadera'),
    area: 'hip',
    text: t(
      'Discomfort, aches or pain deep in the front of the hip socket.',
      'Molestias, dolor sordo o dolor en lo profundo de la parte delantera de la cadera.',
    ),
    sources: ['jimenez-weak-psoas', 'king-psoas-back-pain'],
  },
  {
    id: 'stiff-hip',
    name: t('Stiff, restricted hip', 'Cadera rígida y limitada'),
    area: 'hip',
    text: t(
      'The hip does not move as freely as it used to, which makes walking, sitting and standing harder.',
      'La cadera no se mueve con la libertad de antes, lo que dificulta caminar, sentarse y estar de pie.',
    ),
    sources: ['jimenez-weak-psoas', 'king-psoas-back-pain'],
  },
  {
    id: 'thigh-backwards-restricted',
    name: t('Hard to move the thigh backwards', 'Cuesta llevar el muslo hacia atrás'),
    area: 'hip',
    text: t(
      'Taking the leg behind you, as at the end of a stride, feels blocked or tight.',
      'Llevar la pierna hacia atrás, como al final de un paso, se nota bloqueado o tirante.',
    ),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'groin-tenderness',
    name: t(
      'Tenderness where the thigh meets the hip bone',
      'Sensibilidad donde el muslo se une al hueso de la cadera',
    ),
    area: 'hip',
    text: t(
      'Tension or tenderness in the crease where the thigh muscles meet the front of the hip bones.',
      'Tensión o dolor al tacto en el pliegue donde los músculos del muslo se unen a la parte delantera de la cadera.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'front-thigh-pain',
    name: t('Pain at the front of the upper thigh', 'Dolor en la parte delantera del muslo'),
    area: 'leg',
    text: t(
      'Pain or tension in the upper thigh, at the front.',
      'Dolor o tensión en la parte alta y delantera del muslo.',
    ),
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain'],
  },
  {
    id: 'leg-knee-pain',
    name: t('Leg and knee pain', 'Dolor de pierna y rodilla'),
    area: 'leg',
    text: t(
      'Imbalance in the hips and legs can show up as pain in the leg or the knee.',
      'El desequilibrio de caderas y piernas puede manifestarse como dolor en la pierna o en la rodilla.',
    ),
    sources: ['psoas-causing-back-pain', 'king-psoas-back-pain'],
  },
  {
    id: 'leg-length-difference',
    name: t('One leg seems shorter', 'Una pierna parece más corta'),
    area: 'posture',
    text: t(
      'A pelvis pulled up on one side makes that leg behave as if it were shorter, although the bones are the same length.',
      'Una pelvis elevada de un lado hace que esa pierna se comporte como si fuera más corta, aunque los huesos midan lo mismo.',
    ),
    sources: ['psoas-stressed'],
  },
  {
    id: 'twisted-pelvis',
    name: t('Twisted or uneven pelvis', 'Pelvis girada o desnivelada'),
    area: 'pelvis',
    text: t(
      'One side of the pelvis sits higher or further forward than the other.',
      'Un lado de la pelvis queda más alto o más adelantado que el otro.',
    ),
    sources: ['jimenez-weak-psoas', 'psoas-stressed'],
  },
  {
    id: 'deep-pelvic-pain',
    name: t('Deep pain in the pelvis', 'Dolor profundo en la pelvis'),
    area: 'pelvis',
    text: withCaution('A deep ache inside the pelvis.', 'Un dolor sordo en el interior de la pelvis.'),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'menstrual-problems',
    name: t('Menstrual problems', 'Problemas menstruales'),
    area: 'pelvis',
    text: withCaution(
      'One article links a tight psoas with period pain and other menstrual problems.',
      'Uno de los artículos relaciona un psoas tenso con dolor de regla y otros problemas menstruales.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'abdominal-tension',
    name: t('Tension or pain in the belly', 'Tensión o dolor en el abdomen'),
    area: 'abdomen',
    text: t(
      'Tightness or pain to the side of and just above the belly button, where the psoas lies deep below.',
      'Tirantez o dolor a un lado y justo por encima del ombligo, donde el psoas está en lo profundo.',
    ),
    sources: ['psoas-causing-back-pain', 'psoas-back-health'],
  },
  {
    id: 'deep-bellyache',
    name: t('Deep bellyache', 'Dolor profundo de barriga'),
    area: 'abdomen',
    text: withCaution('A deep ache in the belly.', 'Un dolor sordo y profundo en el vientre.'),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'digestive-problems',
    name: t('Digestive problems', 'Problemas digestivos'),
    area: 'abdomen',
    text: withCaution(
      'The articles suggest that tension around the psoas can affect the nearby gut.',
      'Los artículos sugieren que la tensión alrededor del psoas puede afectar al intestino cercano.',
    ),
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'constipation',
    name: t('Long-lasting constipation', 'Estreñimiento persistente'),
    area: 'abdomen',
    text: withCaution('Constipation that keeps coming back.', 'Estreñimiento que reaparece una y otra vez.'),
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'low-mood',
    name: t('Irritability and low mood', 'Irritabilidad y ánimo bajo'),
    area: 'general',
    text: t(
      'Pain that drags on from acute to chronic can leave you irritable, tired and low. If low mood lasts, tell your doctor: it is common and it can be treated.',
      'Un dolor que pasa de agudo a crónico puede dejarte irritable, cansado y bajo de ánimo. Si el ánimo bajo se mantiene, díselo a tu médico: es frecuente y tiene tratamiento.',
    ),
    sources: ['psoas-stressed'],
  },
  {
    id: 'harder-daily-activity',
    name: t('Everyday movement feels harder', 'Los movimientos diarios cuestan más'),
    area: 'general',
    text: t(
      'With a weak psoas, daily activity and exercise become a struggle, and running and jumping are harder.',
      'Con un psoas débil, la actividad diaria y el ejercicio se hacen cuesta arriba, y correr y saltar cuesta más.',
    ),
    sources: ['psoas-stressed', 'king-psoas-back-pain'],
  },
];
