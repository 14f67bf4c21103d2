import type { ReferenceId } from '../content/types.js';
import { type Localized, t } from '../i18n.js';

/** Sets of stop signs a session can carry; each is shown before the session starts. */
export const STOP_SIGN_SETS = ['pregnancy'] as const;
export type StopSignSetId = (typeof STOP_SIGN_SETS)[number];

export interface StopSignGroup {
  /** What to do, as a heading: how fast and whom to call. */
  heading: Localized;
  signs: Localized[];
  action: Localized;
}

export interface StopSigns {
  title: Localized;
  intro: Localized;
  /** Most urgent first. */
  groups: StopSignGroup[];
  /** Said last: when unsure, the faster answer. */
  unsure: Localized;
  sources: ReferenceId[];
}

/**
 * Signs to stop exercising in pregnancy and seek care (ACOG Committee Opinion 804, as listed in
 * shared/design/clinical-facts.md §3, plus the baby moving less than usual). The signs that may
 * mean bleeding, labour, a clot or a heart or lung problem come first, with "get help now".
 */
export const PREGNANCY_STOP_SIGNS: StopSigns = {
  title: t('Stop signs in pregnancy', 'Señales para parar en el embarazo'),
  intro: t(
    'Moving is good for you and your baby. Stop the session at once if you notice any of these.',
    'Moverte es bueno para ti y para tu bebé. Deja la sesión en cuanto notes cualquiera de estas señales.',
  ),
  groups: [
    {
      heading: t('Stop and get help now', 'Para y pide ayuda ya'),
      signs: [
        t('Bleeding from the vagina', 'Sangrado por la vagina'),
        t('Fluid leaking from the vagina', 'Pérdida de líquido por la vagina'),
        t('Regular, painful contractions', 'Contracciones dolorosas que vuelven con regularidad'),
        t('Chest pain', 'Dolor en el pecho'),
        t('Pain or swelling in one calf', 'Dolor o hinchazón en una pantorrilla'),
        t('Your baby moving less than usual', 'Tu bebé se mueve menos de lo habitual'),
      ],
      action: t(
        'Call your maternity unit or midwife straight away. If the bleeding is heavy, your chest hurts or you struggle to breathe, call the emergency number.',
        'Llama enseguida a tu maternidad o a tu matrona. Si sangras mucho, te duele el pecho o te cuesta respirar, llama al número de emergencias.',
      ),
    },
    {
      heading: t('Stop, rest and call today', 'Para, descansa y llama hoy'),
      signs: [
        t('Dizziness or feeling faint', 'Mareo o sensación de desmayo'),
        t('A headache', 'Dolor de cabeza'),
        t('Short of breath before you even start', 'Falta de aire antes incluso de empezar'),
        t('Weak muscles that upset your balance', 'Debilidad muscular que te hace perder el equilibrio'),
      ],
      action: t(
        'Do not carry on with the session. Call your midwife or doctor today and tell them what you felt.',
        'No sigas con la sesión. Llama hoy a tu matrona o a tu médico y cuéntale lo que has notado.',
      ),
    },
  ],
  unsure: t(
    'Not sure how urgent it is? Treat it as urgent and call.',
    '¿No sabes si es urgente? Trátalo como urgente y llama.',
  ),
  sources: ['acog-co804'],
};

export const STOP_SIGNS: Record<StopSignSetId, StopSigns> = { pregnancy: PREGNANCY_STOP_SIGNS };
