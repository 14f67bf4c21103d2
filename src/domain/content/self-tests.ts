import { t } from './text.js';
import type { SelfTest } from './types.js';

/** Ways to feel for a tight psoas at home. They hint; they do not diagnose. */
export const selfTests: readonly SelfTest[] = [
  {
    id: 'standing-back-bend-test',
    name: t('Standing back-bend check', 'Prueba de extensión de pie'),
    steps: [
      t(
        'Stand with your feet firmly on the floor and your hands on the back of your hips.',
        'Ponte de pie con los pies bien apoyados y las manos en la parte de atrás de la cadera.',
      ),
      t(
        'Lean back slowly, head first, into a small back-bend. Never force it.',
        'Inclínate hacia atrás despacio, empezando por la cabeza, en una extensión pequeña. No la fuerces nunca.',
      ),
      t(
        'Notice the front of your lower belly, to the side of the belly button and above the hips: does it feel tight?',
        'Fíjate en la parte baja del abdomen, a un lado del ombligo y por encima de la cadera: ¿la notas tirante?',
      ),
    ],
    whatItMeans: t(
      'A clear pulling feeling there, especially more on one side, suggests a tight psoas. It is a hint, not a diagnosis.',
      'Una tirantez clara en esa zona, sobre todo si es mayor en un lado, sugiere un psoas tenso. Es un indicio, no un diagnóstico.',
    ),
    safety: t(
      'Skip it if bending backwards brings on back or leg pain, and stand near a wall if your balance is unsure.',
      'No la hagas si inclinarte hacia atrás te provoca dolor de espalda o de pierna, y ponte cerca de una pared si no tienes buen equilibrio.',
    ),
    exerciseId: 'standing-back-bend',
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'lunge-test',
    name: t('Lunge check', 'Prueba de la zancada'),
    steps: [
      t(
        'Stand and step one leg back into a lunge, keeping the front knee above the ankle, not in front of it.',
        'De pie, lleva una pierna hacia atrás en zancada, con la rodilla de delante sobre el tobillo, no por delante.',
      ),
      t(
        'Let your hips sink and lean back a little, opening the belly.',
        'Deja que la cadera baje e inclínate un poco hacia atrás, abriendo el abdomen.',
      ),
      t(
        'Does the front of the back leg’s hip feel loose, or tight? Compare both sides.',
        '¿Notas suelta o tirante la parte delantera de la cadera de la pierna de atrás? Compara los dos lados.',
      ),
    ],
    whatItMeans: t(
      'A side that feels much tighter than the other points to a shorter psoas on that side.',
      'Un lado mucho más tirante que el otro apunta a un psoas más corto en ese lado.',
    ),
    safety: t(
      'Hold a chair or wall if you feel unsteady. Stop if it hurts.',
      'Sujétate a una silla o a la pared si te notas inestable. Para si duele.',
    ),
    exerciseId: 'forward-lunge',
    sources: ['psoas-causing-back-pain'],
  },
  {
    id: 'thomas-test-position',
    name: t('Thomas test position', 'Posición de la prueba de Thomas'),
    steps: [
      t(
        'Sit at the end of a sturdy table and hold one knee.',
        'Siéntate en el borde de una mesa firme y sujeta una rodilla.',
      ),
      t(
        'Lie back, drawing that knee in just until your lower back rests flat on the table.',
        'Túmbate hacia atrás llevando esa rodilla hacia ti solo hasta que la zona lumbar quede apoyada en la mesa.',
      ),
      t(
        'Let the other leg hang. Ideally someone else looks from the side: does that thigh rest level with the table, or does it stay lifted?',
        'Deja colgar la otra pierna. Lo ideal es que otra persona mire de lado: ¿ese muslo queda a la altura de la mesa o se queda levantado?',
      ),
    ],
    whatItMeans: t(
      'Clinicians use this position as the Thomas test: a hanging thigh that stays lifted above the table suggests short hip flexors on that side. The same position is a stretch.',
      'Los profesionales usan esta posición como prueba de Thomas: si el muslo que cuelga se queda por encima de la mesa, sugiere flexores de cadera cortos en ese lado. La misma posición sirve de estiramiento.',
    ),
    safety: t(
      'Use a table that cannot tip. Not for pregnancy from the second trimester on; use a side-lying stretch instead.',
      'Usa una mesa que no pueda volcar. No en el embarazo desde el segundo trimestre; haz mejor un estiramiento tumbado de lado.',
    ),
    exerciseId: 'thomas-stretch',
    sources: ['jimenez-weak-psoas'],
  },
];
