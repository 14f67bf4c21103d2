import { t } from '../text.js';

/** Safety lines shared by many exercises, so they read the same everywhere. */
export const STOP_IF_PAIN = t(
  'Stop straight away if you feel sharp pain, tingling or numbness, or if pain lingers after the session. If it happens again, ask a health professional before you carry on.',
  'Para enseguida si notas dolor agudo, hormigueo o entumecimiento, o si el dolor sigue después de la sesión. Si vuelve a pasar, consulta a un profesional sanitario antes de seguir.',
);

export const GENTLE_STRETCH = t(
  'Go into the stretch slowly and keep breathing. You should feel a mild pull, never pain; do not bounce.',
  'Entra en el estiramiento despacio y sigue respirando. Debes notar una tensión suave, nunca dolor; no hagas rebotes.',
);

export const BUILD_UP_SLOWLY = t(
  'Begin at the low end of the dose and build up over the weeks. Most people notice a difference after 4 to 6 weeks of regular practice.',
  'Empieza por la dosis más baja y súbela poco a poco a lo largo de las semanas. La mayoría nota cambios tras 4 a 6 semanas de práctica regular.',
);

export const BALL_SAFETY = t(
  'Use a ball of the right size (your thighs level when you sit on it), on a non-slip floor with space around you; keep a wall or sofa within reach.',
  'Usa una pelota del tamaño adecuado (muslos horizontales al sentarte en ella), sobre un suelo que no resbale y con espacio alrededor; ten una pared o un sofá a mano.',
);

export const NO_BELLY_PRESSURE = t(
  'Never roll or press on your belly: releasing the psoas itself, deep in the abdomen, is a job for a trained professional.',
  'Nunca ruedes ni presiones sobre el abdomen: liberar el propio psoas, que está en lo profundo del vientre, es tarea de un profesional formado.',
);
