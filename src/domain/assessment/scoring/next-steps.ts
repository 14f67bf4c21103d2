import { t } from '../../i18n.js';
import { type Answers, num, yes } from '../answers.js';
import { highestUrgency, type RedFlag, URGENCY_RANK } from '../red-flags.js';
import type { AssessmentResult, Level, NextStep } from '../result.js';
import { basis } from './basis.js';

/** Who to see and how soon, most urgent first, then the self-care path when it is open. */
export function nextSteps(
  a: Answers,
  flags: readonly RedFlag[],
  selfCareAllowed: boolean,
  obstaclesResult: AssessmentResult['obstacles'],
  likelihood: Level,
): NextStep[] {
  const out: NextStep[] = [];
  const top = highestUrgency(flags);
  const flagAnswers = (pred: (f: RedFlag) => boolean) => flags.filter(pred).flatMap((f) => f.answers);
  if (top === 'emergency') {
    out.push({
      id: 'emergency-department-now',
      professional: 'emergency-department',
      because: basis(
        flagAnswers((f) => f.urgency === 'emergency'),
        ['nice-cks-lbp', 'nice-cks-sciatica'],
        t(
          'A sign of possible nerve or spinal damage needs emergency care now.',
          'Una señal de posible daño en nervios o columna necesita urgencias ahora.',
        ),
      ),
    });
  }
  const pregnancyFlag = flags.some((f) => f.condition === 'pregnancy-warning');
  if (pregnancyFlag) {
    out.push({
      id: 'maternity-care-today',
      professional: 'midwife-or-obstetrician',
      because: basis(
        ['pregnant', 'pregnancy-warning-signs'],
        ['acog-804'],
        t(
          'A warning sign in pregnancy needs checking today.',
          'Una señal de alarma en el embarazo hay que revisarla hoy.',
        ),
      ),
    });
  }
  const sameDay = flags.filter((f) => f.urgency === 'urgent-same-day' && f.condition !== 'pregnancy-warning');
  if (top !== 'emergency' && sameDay.length > 0) {
    out.push({
      id: 'doctor-today',
      professional: 'family-doctor',
      because: basis(
        sameDay.flatMap((f) => f.answers),
        ['nice-cks-lbp'],
        t(
          'A possible infection or fracture needs a doctor today.',
          'Una posible infección o fractura necesita un médico hoy.',
        ),
      ),
    });
  }
  const days = flags.filter((f) => f.urgency === 'urgent-days');
  // Seeing a doctor within days is said only when nothing more urgent already sends them today.
  const topRank = top === 'none' ? 0 : URGENCY_RANK[top];
  if (topRank <= URGENCY_RANK['urgent-days'] && days.length > 0) {
    out.push({
      id: 'doctor-within-days',
      professional: 'family-doctor',
      because: basis(
        days.flatMap((f) => f.answers),
        ['nice-cks-lbp', 'nice-ng234'],
        t(
          'Some answers mean a doctor should check you within days to rule out a serious cause.',
          'Algunas respuestas indican que un médico debe revisarle en pocos días para descartar una causa grave.',
        ),
      ),
    });
  }
  const ibp = flags.find((f) => f.id === 'inflammatory-back-pain');
  if (ibp) {
    out.push({
      id: 'ask-about-rheumatology',
      professional: 'rheumatologist',
      because: basis(
        ibp.answers,
        ['nice-ng65'],
        t(
          'Your pain has features of inflammatory back pain, which a rheumatologist can assess.',
          'Su dolor tiene rasgos de dolor lumbar inflamatorio, que puede valorar un reumatólogo.',
        ),
      ),
    });
  }
  if (yes(a, 'pregnant') && yes(a, 'pregnancy-told-not-to-exercise')) {
    out.push({
      id: 'midwife-before-exercise',
      professional: 'midwife-or-obstetrician',
      because: basis(
        ['pregnant', 'pregnancy-told-not-to-exercise'],
        ['acog-804'],
        t(
          'Ask your midwife or doctor which movement is safe for you.',
          'Pregunte a su matrona o su médico qué movimiento es seguro para usted.',
        ),
      ),
    });
  }
  if (selfCareAllowed) {
    out.push({
      id: 'self-care-programme',
      professional: 'none',
      because: basis(
        [],
        ['nice-ng59', 'article-003'],
        t(
          'No warning sign: a home programme of stretching, strengthening and better habits is a sensible start.',
          'Sin señales de alarma: un programa en casa de estiramientos, fortalecimiento y mejores hábitos es un buen comienzo.',
        ),
      ),
    });
    const worst = num(a, 'pain-worst-week');
    const seeAnswers = [
      ...(likelihood === 'high' ? ['pain-areas', 'symptoms'].filter((i) => a[i] !== undefined) : []),
      ...(worst !== undefined && worst >= 7 ? ['pain-worst-week'] : []),
      ...(obstaclesResult.level !== 'low' ? obstaclesResult.because.answers : []),
    ];
    if (seeAnswers.length > 0) {
      out.push({
        id: 'see-physiotherapist',
        professional: 'physiotherapist-or-chiropractor',
        because: basis(
          seeAnswers,
          ['nice-ng59', 'article-004'],
          t(
            'A physiotherapist or chiropractor can examine you, confirm the cause and release the psoas safely, which you should not try on your own belly.',
            'Un fisioterapeuta o quiropráctico puede explorarle, confirmar la causa y liberar el psoas con seguridad, algo que no debe intentar en su propio abdomen.',
          ),
        ),
      });
    }
    if (obstaclesResult.level === 'high') {
      out.push({
        id: 'talk-about-worries',
        professional: 'physiotherapist-or-chiropractor',
        because: basis(
          obstaclesResult.because.answers,
          ['psoas-own', 'nice-ng59'],
          t(
            'With this much worry or low mood, more support helps: tell the professional you see how the pain affects you.',
            'Con tanta preocupación o ánimo bajo, más apoyo ayuda: cuente al profesional cómo le afecta el dolor.',
          ),
        ),
      });
    }
    out.push({
      id: 'reassess-in-4-to-6-weeks',
      professional: 'none',
      because: basis(
        [],
        ['article-003'],
        t(
          'Improvement is expected within 4 to 6 weeks of steady exercise: repeat this assessment then.',
          'Se espera mejoría en 4 a 6 semanas de ejercicio constante: repita esta valoración entonces.',
        ),
      ),
    });
  }
  return out;
}
