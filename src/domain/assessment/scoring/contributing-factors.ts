import { t } from '../../i18n.js';
import { type Answers, choice, num, yes } from '../answers.js';
import type { ContributingFactor } from '../result.js';
import { basis } from './basis.js';

/** Habits and circumstances that load the psoas, heaviest first. */
export function contributingFactors(a: Answers): ContributingFactor[] {
  const out: ContributingFactor[] = [];
  const sitting = num(a, 'sitting-hours');
  if (sitting !== undefined && sitting >= 4) {
    out.push({
      id: 'prolonged-sitting',
      weight: sitting >= 8 ? 3 : sitting >= 6 ? 2 : 1,
      because: basis(
        ['sitting-hours'],
        ['article-001', 'article-004'],
        t(
          'Sitting four hours or more a day keeps the psoas in a shortened position for long stretches.',
          'Estar sentado cuatro horas o más al día mantiene el psoas acortado durante mucho tiempo.',
        ),
      ),
    });
  }
  if (yes(a, 'desk-work')) {
    out.push({
      id: 'desk-work',
      weight: 1,
      because: basis(
        ['desk-work'],
        ['article-002', 'article-000'],
        t(
          'Desk work tends to leave the psoas tight, weak or both.',
          'El trabajo de escritorio suele dejar el psoas tenso, débil o ambas cosas.',
        ),
      ),
    });
  }
  const crossing = choice(a, 'leg-crossing');
  if (crossing === 'often' || crossing === 'sometimes') {
    out.push({
      id: 'leg-crossing',
      weight: crossing === 'often' ? 2 : 1,
      because: basis(
        ['leg-crossing'],
        ['article-000'],
        t(
          'Sitting with crossed legs was part of a typical case of one-sided psoas back pain.',
          'Sentarse con las piernas cruzadas formaba parte de un caso típico de dolor lumbar de un lado por el psoas.',
        ),
      ),
    });
  }
  if (choice(a, 'posture') === 'slouched') {
    out.push({
      id: 'posture',
      weight: 2,
      because: basis(
        ['posture'],
        ['article-003', 'article-004'],
        t(
          'Slouching and rounded shoulders load the psoas and weaken the muscles that hold you up.',
          'Encorvarse y adelantar los hombros cargan el psoas y debilitan los músculos que te sostienen.',
        ),
      ),
    });
  }
  const stress = choice(a, 'stress');
  if (stress === 'high' || stress === 'moderate') {
    out.push({
      id: 'stress',
      weight: stress === 'high' ? 2 : 1,
      because: basis(
        ['stress'],
        ['article-003', 'article-001'],
        t(
          'Ongoing stress can keep the psoas tense.',
          'El estrés continuado puede mantener el psoas en tensión.',
        ),
      ),
    });
  }
  if (choice(a, 'water') === 'little') {
    out.push({
      id: 'hydration',
      weight: 1,
      because: basis(
        ['water'],
        ['article-003', 'article-002'],
        t(
          'Drinking little water can leave muscles stiff.',
          'Beber poca agua puede dejar los músculos rígidos.',
        ),
      ),
    });
  }
  const running = num(a, 'running-cycling-hours');
  if (running !== undefined && running >= 3) {
    out.push({
      id: 'running-cycling',
      weight: running >= 5 ? 2 : 1,
      because: basis(
        ['running-cycling-hours'],
        ['article-003'],
        t(
          'Running and cycling work the psoas over and over; a lot of it can overload it.',
          'Correr y pedalear usan el psoas una y otra vez; mucho volumen puede sobrecargarlo.',
        ),
      ),
    });
  }
  const injury = choice(a, 'recent-injury');
  if (injury !== undefined && injury !== 'none') {
    out.push({
      id: 'recent-injury',
      weight: 2,
      because: basis(
        ['recent-injury'],
        ['article-003'],
        t(
          'A recent hip or back injury can set off psoas pain and spasm.',
          'Una lesión reciente de cadera o espalda puede provocar dolor y espasmo del psoas.',
        ),
      ),
    });
  }
  if (yes(a, 'pregnant')) {
    out.push({
      id: 'pregnancy',
      weight: 1,
      because: basis(
        ['pregnant'],
        ['article-004'],
        t(
          'Pregnancy shifts your weight forward and deepens the curve of the lower back, which loads the pelvis and the psoas.',
          'El embarazo desplaza tu peso hacia delante y aumenta la curva de la zona lumbar, lo que carga la pelvis y el psoas.',
        ),
      ),
    });
  }
  if (yes(a, 'postpartum')) {
    out.push({
      id: 'after-birth',
      weight: 1,
      because: basis(
        ['postpartum'],
        ['acog-804'],
        t(
          'In the months after a birth, the belly muscles and the pelvis are still recovering, so the psoas does more of the holding.',
          'En los meses después de un parto, los músculos del abdomen y la pelvis aún se están recuperando, así que el psoas sostiene más.',
        ),
      ),
    });
  }
  // Stable ranking: heavier first, ties in the order above.
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => y.f.weight - x.f.weight || x.i - y.i)
    .map((x) => x.f);
}
