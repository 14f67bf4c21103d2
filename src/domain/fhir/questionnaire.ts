import type {
  Element,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
} from '@medplum/fhirtypes';
import {
  type Condition,
  ITEM_BY_ID,
  ITEMS,
  type Item,
  QUESTIONNAIRE_VERSION,
  SECTIONS,
} from '../assessment/questionnaire.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Localized } from '../i18n.js';
import { ANSWER_SYSTEM, QUESTIONNAIRE_URL } from './assessment.js';

/**
 * The self-assessment as a FHIR R4 Questionnaire, built from the same data the web form reads,
 * so an item added to the questionnaire appears here (and in the responses) without a second
 * copy. Texts are English with the other languages as translation extensions on `text`, the
 * way FHIR carries one resource in several languages. Pure.
 */
export const QUESTIONNAIRE_ID = 'psoas-self-assessment';
export const ACTIVITY_SCORE_SUFFIX = '.score';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';

/**
 * `text` in the default language, and `_text` (FHIR JSON's element for a primitive's extensions,
 * which @medplum/fhirtypes does not model) with the others as translations.
 */
function localizedText(text: Localized): { text: string; _text?: Element } {
  const others = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);
  const extension: Extension[] = others.map((language) => ({
    url: TRANSLATION,
    extension: [
      { url: 'lang', valueCode: language },
      { url: 'content', valueString: text[language] },
    ],
  }));
  return { text: text[DEFAULT_LANGUAGE], ...(extension.length ? { _text: { extension } } : {}) };
}

const answerCoding = (itemId: string, code: string) => ({ system: `${ANSWER_SYSTEM}/${itemId}`, code });

/**
 * The item's condition as enableWhen. An item hidden behind a hidden gate is disabled in FHIR
 * too (a disabled item's answers count as absent), so chained conditions need nothing extra.
 */
function enableWhen(c: Condition): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if ('equals' in c) {
    const when: QuestionnaireItemEnableWhen =
      typeof c.equals === 'boolean'
        ? { question: c.item, operator: '=', answerBoolean: c.equals }
        : { question: c.item, operator: '=', answerCoding: answerCoding(c.item, c.equals) };
    return { enableWhen: [when] };
  }
  // For a repeating (multi-choice) question, '=' holds when any of its answers is that code.
  if ('includes' in c)
    return {
      enableWhen: [{ question: c.item, operator: '=', answerCoding: answerCoding(c.item, c.includes) }],
    };
  // Either of several conditions: every one's answers, any of which enables the item.
  if ('any' in c)
    return { enableWhen: c.any.flatMap((sub) => enableWhen(sub).enableWhen ?? []), enableBehavior: 'any' };
  return {
    enableWhen: c.anyOf.map((code) => ({
      question: c.item,
      operator: '=' as const,
      answerCoding: answerCoding(c.item, code),
    })),
    enableBehavior: 'any',
  };
}

function typed(item: Item): Partial<QuestionnaireItem> {
  switch (item.type) {
    case 'yes-no':
      return { type: 'boolean' };
    case 'scale':
      return {
        type: 'integer',
        extension: [
          { url: MIN_VALUE, valueInteger: item.min },
          { url: MAX_VALUE, valueInteger: item.max },
        ],
      };
    case 'number': {
      // Whole-number steps are answered as valueInteger (see toQuestionnaireResponse).
      const integer = item.step === 1 && Number.isInteger(item.min) && Number.isInteger(item.max);
      return {
        type: integer ? 'integer' : 'decimal',
        extension: [
          integer ? { url: MIN_VALUE, valueInteger: item.min } : { url: MIN_VALUE, valueDecimal: item.min },
          integer ? { url: MAX_VALUE, valueInteger: item.max } : { url: MAX_VALUE, valueDecimal: item.max },
          { url: UNIT, valueCoding: { display: item.unit[DEFAULT_LANGUAGE] } },
        ],
      };
    }
    case 'single':
    case 'multi':
      return {
        type: 'choice',
        ...(item.type === 'multi' ? { repeats: true } : {}),
        answerOption: item.options.map((o) => ({
          valueCoding: { ...answerCoding(item.id, o.id), display: o.text[DEFAULT_LANGUAGE] },
        })),
      };
    case 'activities':
      // Each named activity is one answer, with its 0–10 rating nested beneath it.
      return {
        type: 'string',
        repeats: true,
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs',
            valueInteger: item.maxActivities,
          },
        ],
        item: [
          {
            linkId: `${item.id}${ACTIVITY_SCORE_SUFFIX}`,
            text: 'Rating 0–10',
            type: 'integer',
            required: true,
            extension: [
              { url: MIN_VALUE, valueInteger: 0 },
              { url: MAX_VALUE, valueInteger: 10 },
            ],
          },
        ],
      };
  }
}

const asksKnownItems = (c: Condition): boolean =>
  'any' in c ? c.any.every(asksKnownItems) : ITEM_BY_ID.has(c.item);

function questionnaireItem(item: Item): QuestionnaireItem {
  const { extension, item: children, ...rest } = typed(item);
  return {
    linkId: item.id,
    ...localizedText(item.text),
    type: rest.type!,
    required: item.required,
    ...rest,
    ...(item.showIf && asksKnownItems(item.showIf) ? enableWhen(item.showIf) : {}),
    ...(extension ? { extension } : {}),
    ...(children ? { item: children } : {}),
  };
}

export function toQuestionnaire(): Questionnaire & { id: string; url: string; version: string } {
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'PsoasSelfAssessment',
    title: 'Psoas self-assessment',
    status: 'active',
    subjectType: ['Patient'],
    language: DEFAULT_LANGUAGE,
    item: SECTIONS.map((section) => ({
      linkId: section.id,
      ...localizedText(section.title),
      type: 'group' as const,
      item: ITEMS.filter((i) => i.section === section.id).map(questionnaireItem),
    })).filter((g) => g.item.length > 0),
  };
}
