import { t } from './text.js';
import type { Habit } from './types.js';

export const habits: readonly Habit[] = [
  {
    id: 'daily-walk',
    name: t('A 30-minute walk every day', 'Un paseo de 30 minutos cada día'),
    target: t(
      '30 minutes of walking a day, in one go or split up.',
      '30 minutos de paseo al día, de una vez o repartidos.',
    ),
    why: t(
      'Especially if you sit for a living, walking loosens the hips and gets blood into the deep muscles.',
      'Sobre todo si trabaja sentado, caminar suelta las caderas y lleva sangre a los músculos profundos.',
    ),
    frequency: 'daily',
    minutes: 30,
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'weekly-class',
    name: t('A weekly yoga or Pilates class', 'Una clase semanal de yoga o pilates'),
    target: t(
      'One class a week of yoga, Pilates, tai chi, qi gong or any class that opens the back and belly.',
      'Una clase a la semana de yoga, pilates, taichí, qi gong o cualquier clase que abra la espalda y el abdomen.',
    ),
    why: t(
      'Once a week is enough to help restore balance, and it keeps your attention on posture between classes.',
      'Una vez por semana basta para ayudar a recuperar el equilibrio, y mantiene la atención en la postura entre clases.',
    ),
    frequency: 'weekly',
    minutes: 60,
    sources: ['psoas-causing-back-pain', 'psoas-back-health', 'jimenez-weak-psoas'],
  },
  {
    id: 'sitting-breaks',
    name: t('Breaks from sitting', 'Pausas al estar sentado'),
    target: t(
      'Get up and move for a minute or two at least once every hour you sit, and uncross your legs.',
      'Levántate y muévete uno o dos minutos al menos una vez por cada hora que pases sentado, y descruza las piernas.',
    ),
    why: t(
      'Four or more hours of sitting a day keep the psoas short; breaking it up lets the hip straighten.',
      'Cuatro horas o más sentado al día mantienen el psoas acortado; hacer pausas deja que la cadera se estire.',
    ),
    frequency: 'hourly-while-sitting',
    sources: ['psoas-back-health', 'jimenez-weak-psoas', 'psoas-stressed'],
  },
  {
    id: 'standing-desk',
    name: t('A standing desk', 'Un escritorio de pie'),
    target: t('Work standing for part of the day if you can.', 'Trabaja de pie parte del día si puedes.'),
    why: t('It cuts the hours your hips spend bent.', 'Reduce las horas que la cadera pasa doblada.'),
    frequency: 'ongoing',
    sources: ['jimenez-weak-psoas'],
  },
  {
    id: 'floor-time',
    name: t('Time on the floor', 'Tiempo en el suelo'),
    target: t(
      'Spend some time each day sitting, stretching or playing on the floor, as children do.',
      'Pase un rato cada día sentado, estirándose o jugando en el suelo, como hacen los niños.',
    ),
    why: t(
      'Getting down and up again, and rolling around, keeps the body supple.',
      'Bajar al suelo, volver a subir y moverse por él mantiene el cuerpo flexible.',
    ),
    frequency: 'daily',
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'hydration',
    name: t('Drink enough: water and minerals', 'Beber lo suficiente: agua y minerales'),
    target: t(
      'Drink water through the day; coconut water or an electrolyte drink can help replace minerals after sweating. Ask your doctor before taking supplements such as magnesium, especially with kidney or heart problems.',
      'Bebe agua a lo largo del día; el agua de coco o una bebida con electrolitos ayudan a reponer minerales después de sudar. Consulta a tu médico antes de tomar suplementos como el magnesio, sobre todo si tienes problemas de riñón o de corazón.',
    ),
    why: t(
      'Dehydration stiffens muscles and the tissue around them and can lead to lasting tension.',
      'La deshidratación endurece los músculos y el tejido que los rodea y puede causar una tensión duradera.',
    ),
    frequency: 'daily',
    sources: ['psoas-causing-back-pain', 'king-psoas-back-pain'],
  },
  {
    id: 'stress-release',
    name: t('Let go of stress', 'Soltar el estrés'),
    target: t(
      'A few minutes a day of slow breathing, gentle movement such as tai chi or qi gong, or anything that helps you unwind; talk to someone about worries that weigh on you.',
      'Unos minutos al día de respiración lenta, movimiento suave como taichí o qi gong, o cualquier cosa que te ayude a relajarte; habla con alguien de las preocupaciones que te pesan.',
    ),
    why: t(
      'The articles describe the psoas tightening with stress and fear; easing them helps the hips and back relax.',
      'Los artículos describen que el psoas se tensa con el estrés y el miedo; aliviarlos ayuda a que caderas y espalda se relajen.',
    ),
    frequency: 'daily',
    minutes: 5,
    sources: ['psoas-back-health', 'psoas-causing-back-pain', 'king-psoas-back-pain'],
  },
  {
    id: 'posture-awareness',
    name: t('Notice your posture', 'Fíjate en tu postura'),
    target: t(
      'Check a few times a day how you stand and sit: weight even on both feet, no slumping, legs uncrossed.',
      'Comprueba varias veces al día cómo estás de pie y sentado: peso repartido en los dos pies, sin hundirse, piernas sin cruzar.',
    ),
    why: t(
      'Small, regular corrections add up to lasting change.',
      'Las correcciones pequeñas y frecuentes acaban en cambios duraderos.',
    ),
    frequency: 'ongoing',
    sources: ['psoas-back-health', 'king-psoas-back-pain'],
  },
];
