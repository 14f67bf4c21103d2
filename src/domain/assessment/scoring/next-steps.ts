import { t } from '../../i18n.js';
import { type Answers, choice, choices, num, yes } from '../answers.js';
import { highestUrgency, type RedFlag, URGENCY_RANK } from '../red-flags.js';
import type { AssessmentResult, Level, NextStep } from '../result.js';
import { basis } from './basis.js';
import { postpartumNotCleared } from './restrictions.js';

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
        flags.some((f) => f.condition === 'aortic-aneurysm')
          ? ['nice-cks-lbp', 'nice-cks-sciatica', 'nice-cks-aaa']
          : ['nice-cks-lbp', 'nice-cks-sciatica'],
        flags.some((f) => f.urgency === 'emergency' && f.condition !== 'aortic-aneurysm')
          ? t(
              'A sign of possible nerve or spinal damage needs emergency care now.',
              'Una señal de posible daño en nervios o columna necesita urgencias ahora.',
            )
          : t(
              'A pulsing lump in the belly with back pain needs emergency care now.',
              'Un bulto que late en la barriga con dolor de espalda necesita urgencias ahora.',
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
          'A possible infection, fracture or problem in the belly needs a doctor today.',
          'Una posible infección, fractura o problema en la barriga necesita un médico hoy.',
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
          'Algunas respuestas indican que un médico debe revisarte en pocos días para descartar una causa grave.',
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
          'Tu dolor tiene rasgos de dolor lumbar inflamatorio, que puede valorar un reumatólogo.',
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
          'Pregunta a tu matrona o a tu médico qué movimiento es seguro para ti.',
        ),
      ),
    });
  }
  const sciatica = flags.find((f) => f.id === 'sciatica');
  if (sciatica && !flags.some((f) => f.id === 'sciatica-weakness')) {
    out.push({
      id: 'sciatica-assessment',
      professional: 'doctor-or-physiotherapist',
      because: basis(
        sciatica.answers,
        ['nice-cks-sciatica', 'nice-ng59'],
        t(
          'Pain that travels below the knee is best assessed by a doctor or physiotherapist; keep gently active meanwhile.',
          'El dolor que baja por debajo de la rodilla conviene que lo valore un médico o un fisioterapeuta; mientras tanto, mantente activo con suavidad.',
        ),
      ),
    });
  }
  const belly = [
    ...(choices(a, 'pain-areas').includes('abdomen') ? ['pain-areas'] : []),
    ...(choices(a, 'symptoms').some((s) => s === 'deep-belly-ache' || s === 'constipation')
      ? ['symptoms']
      : []),
  ];
  if (belly.length > 0 && !flags.some((f) => f.condition === 'visceral')) {
    out.push({
      id: 'belly-symptoms-check',
      professional: 'family-doctor',
      because: basis(
        [...belly, ...(a['belly-signs'] !== undefined ? ['belly-signs'] : [])],
        ['nice-cks-lbp', 'verhagen-2016', 'article-002'],
        t(
          'A tight psoas can cause belly ache and constipation, but so can the bowel and other organs. See your doctor if they last more than 3 weeks, or the same day if you notice blood in your stool, black stool, vomiting or fever. Weight loss, a pulsing lump in the belly, or new belly trouble after 50 also need a doctor.',
          'Un psoas tenso puede dar dolor de barriga y estreñimiento, pero también el intestino y otros órganos. Ve a tu médico si duran más de 3 semanas, o el mismo día si notas sangre en las heces, heces negras, vómitos o fiebre. La pérdida de peso, un bulto que late en la barriga o molestias nuevas de barriga después de los 50 también necesitan un médico.',
        ),
      ),
    });
  }
  const notCleared = postpartumNotCleared(a);
  if (notCleared.length > 0) {
    out.push({
      id: 'postpartum-clearance-first',
      professional: 'midwife-or-obstetrician',
      because: basis(
        ['postpartum', ...notCleared],
        ['acog-804'],
        t(
          'Ask your midwife or doctor to clear you for exercise first (usually at the check about six weeks after the birth, later after a caesarean). Until then, gentle walks and breathing are fine; start the programme at its gentlest once cleared.',
          'Pide primero a tu matrona o a tu médico el visto bueno para el ejercicio (suele darse en la revisión de unas seis semanas tras el parto, más tarde tras una cesárea). Hasta entonces, los paseos suaves y la respiración están bien; empieza el programa por lo más suave cuando te lo den.',
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
        // A routine referral (inflammatory back pain, sciatica) leaves gentle self-care open,
        // but "no warning sign" would then be untrue.
        flags.length === 0
          ? t(
              'No warning sign: a home programme of stretching, strengthening and better habits is a sensible start.',
              'Sin señales de alarma: un programa en casa de estiramientos, fortalecimiento y mejores hábitos es un buen comienzo.',
            )
          : t(
              'Alongside the check above, a gentle home programme of stretching, strengthening and better habits is safe to start; stop any exercise that makes the pain spread.',
              'Junto con la revisión de arriba, puedes empezar con seguridad un programa suave en casa de estiramientos, fortalecimiento y mejores hábitos; deja cualquier ejercicio que haga que el dolor se extienda.',
            ),
      ),
    });
    if (yes(a, 'pregnant') && !flags.some((f) => f.condition === 'pregnancy-warning')) {
      out.push({
        id: 'pregnancy-stop-signs',
        professional: 'midwife-or-obstetrician',
        because: basis(
          ['pregnant'],
          ['acog-804'],
          t(
            'Stop exercising and call your midwife or maternity unit if you notice bleeding from the vagina, regular painful contractions, fluid leaking, dizziness or feeling faint, chest pain, pain or swelling in a calf, a headache, or being short of breath before any effort.',
            'Deja de hacer ejercicio y llama a tu matrona o a tu unidad de maternidad si notas sangrado vaginal, contracciones dolorosas regulares, pérdida de líquido, mareo o sensación de desmayo, dolor en el pecho, dolor o hinchazón en una pantorrilla, dolor de cabeza o falta de aire antes de cualquier esfuerzo.',
          ),
        ),
      });
    }
    if (yes(a, 'postpartum')) {
      out.push({
        id: 'postpartum-return',
        professional: 'none',
        because: basis(
          ['postpartum', ...(a['postpartum-weeks'] !== undefined ? ['postpartum-weeks'] : [])],
          ['acog-804'],
          t(
            'After a birth, pain around the pelvis and a gap in the belly muscles are common. Build up slowly over weeks, leave full sit-ups for later, and ask a physiotherapist who works with new mothers if pain or a bulge in the belly does not ease.',
            'Después de un parto son frecuentes el dolor alrededor de la pelvis y la separación de los músculos del abdomen. Aumenta poco a poco durante semanas, deja los abdominales completos para más adelante y consulta a un fisioterapeuta especializado en posparto si el dolor o el bulto en la barriga no mejoran.',
          ),
        ),
      });
    }
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
            'Un fisioterapeuta o quiropráctico puede explorarte, confirmar la causa y liberar el psoas con seguridad, algo que no debes intentar tú en tu propio abdomen.',
          ),
        ),
      });
    }
    const symptoms = choices(a, 'symptoms');
    const frontHip =
      choices(a, 'pain-areas').some((x) => x === 'front-hip' || x === 'groin') ||
      symptoms.includes('front-hip-ache');
    const tendon = [
      ...(choice(a, 'test-knee-lift') === 'painful' ? ['test-knee-lift'] : []),
      ...(symptoms.includes('hip-clicking') && frontHip ? ['symptoms', 'pain-areas'] : []),
    ].filter((id) => a[id] !== undefined);
    if (tendon.length > 0) {
      out.push({
        id: 'hip-tendon-check',
        professional: 'physiotherapist-or-chiropractor',
        because: basis(
          tendon,
          ['article-004'],
          t(
            'Pain at the front of the hip when you lift the knee against resistance, or a hip that clicks or snaps with that pain, can come from the psoas tendon (tendinopathy or a snapping hip). Gentle exercise often helps; if the pain has not eased after 2 to 3 weeks, or it gets worse, see a physiotherapist or doctor.',
            'El dolor en la parte delantera de la cadera al subir la rodilla contra resistencia, o una cadera que hace clic o chasquea con ese dolor, puede venir del tendón del psoas (tendinopatía o cadera en resorte). El ejercicio suave suele ayudar; si el dolor no mejora en 2 o 3 semanas, o empeora, ve a un fisioterapeuta o a un médico.',
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
            'Con tanta preocupación o ánimo bajo, más apoyo ayuda: cuenta al profesional cómo te afecta el dolor.',
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
          'Se espera mejoría en 4 a 6 semanas de ejercicio constante: repite esta valoración entonces.',
        ),
      ),
    });
  }
  return out;
}
