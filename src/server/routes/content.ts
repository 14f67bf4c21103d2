import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  anatomy,
  CONTRAINDICATIONS,
  causes,
  conditions,
  dosageSchema,
  EQUIPMENT,
  EVIDENCE_LABELS,
  EVIDENCE_VERDICTS,
  EXERCISE_IDS,
  type Exercise,
  estimatedSecondsPerSet,
  exerciseById,
  exercises,
  habits,
  LANGS,
  type Lang,
  localise,
  mechanisms,
  POSITIONS,
  PURPOSES,
  REFERENCE_IDS,
  references,
  SOURCE_IDS,
  selfTests,
  sources,
  symptoms,
  TARGETS,
  treatments,
} from '../../domain/content/index.js';
import { animationFor, psoasLength } from '../../domain/figure/index.js';
import { notFound } from '../errors.js';

const langQuery = z.object({ lang: z.enum(LANGS).default('en') });
const sourceIds = z.array(z.enum(SOURCE_IDS));
const s = z.string();

const limbSchema = z.object({
  shoulderFlex: z.number(),
  shoulderAbd: z.number(),
  elbow: z.number(),
  wrist: z.number(),
  hipFlex: z.number(),
  hipAbd: z.number(),
  hipRot: z.number(),
  knee: z.number(),
  ankle: z.number(),
});
const keyframeSchema = z.object({
  name: s,
  durationMs: z.number(),
  /** Joint angles in degrees; the body model is src/domain/figure. */
  pose: z.object({
    root: z.object({ x: z.number(), y: z.number(), z: z.number(), pitch: z.number(), turn: z.number() }),
    pelvicTilt: z.number(),
    lumbar: z.number(),
    thoracic: z.number(),
    neck: z.number(),
    near: limbSchema,
    far: limbSchema,
  }),
  /** Length of the modelled psoas on each side in this pose, in cm. */
  psoasLengthCm: z.object({ near: z.number(), far: z.number() }),
});

const variantSchema = z.object({ name: s, text: s, exerciseId: z.enum(EXERCISE_IDS).optional() });
const exerciseSchema = z.object({
  id: z.enum(EXERCISE_IDS),
  name: s,
  summary: s,
  purpose: z.enum(PURPOSES),
  targets: z.array(z.enum(TARGETS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  optionalEquipment: z.array(z.enum(EQUIPMENT)),
  position: z.enum(POSITIONS),
  steps: z.array(s),
  dosage: dosageSchema,
  estimatedSecondsPerSet: z.number(),
  progression: s,
  easier: z.array(variantSchema),
  harder: z.array(variantSchema),
  mistakes: z.array(s),
  safety: z.array(s),
  contraindications: z.array(z.enum(CONTRAINDICATIONS)),
  pregnancyAlternative: z.enum(EXERCISE_IDS).optional(),
  sources: sourceIds,
  keyframes: z.array(keyframeSchema).min(1),
  transitionMs: z.number(),
  props: z.array(s),
  /** The side the exercise works, when it works one side at a time. */
  side: z.enum(['near', 'far']).optional(),
});

function exerciseResponse(exercise: Exercise, lang: Lang): z.infer<typeof exerciseSchema> {
  const animation = animationFor(exercise.id);
  // Every exercise has a figure (checked by the figure's own tests); a missing one is a bug.
  if (!animation) throw new Error(`no animation for exercise ${exercise.id}`);
  return {
    ...localise(exercise, lang),
    estimatedSecondsPerSet: estimatedSecondsPerSet(exercise.dosage),
    keyframes: animation.keyframes.map((k) => ({
      name: k.name,
      durationMs: k.durationMs,
      pose: k.pose,
      psoasLengthCm: { near: psoasLength(k.pose, 'near'), far: psoasLength(k.pose, 'far') },
    })),
    transitionMs: animation.transitionMs,
    props: [...new Set([...animation.props, ...animation.placements.map((p) => p.prop)])],
    side: animation.side,
  };
}

/** The localised shape of each knowledge-base collection: every bilingual text becomes a string. */
const collectionSchemas = {
  anatomy: z.object({
    id: s,
    kind: z.enum(['muscle', 'muscle-group', 'attachment', 'measure', 'action', 'relation']),
    name: s,
    text: s,
    sources: sourceIds,
  }),
  mechanisms: z.object({ id: s, name: s, chain: z.array(s), text: s, sources: sourceIds }),
  conditions: z.object({ id: s, name: s, text: s, seeProfessional: s, sources: sourceIds }),
  symptoms: z.object({
    id: s,
    name: s,
    area: z.enum(['back', 'hip', 'leg', 'abdomen', 'pelvis', 'posture', 'general']),
    text: s,
    sources: sourceIds,
  }),
  causes: z.object({
    id: s,
    name: s,
    kind: z.enum(['habit', 'posture', 'load', 'body', 'mind']),
    text: s,
    sources: sourceIds,
  }),
  'self-tests': z.object({
    id: s,
    name: s,
    steps: z.array(s),
    whatItMeans: s,
    safety: s,
    exerciseId: z.enum(EXERCISE_IDS).optional(),
    sources: sourceIds,
  }),
  habits: z.object({
    id: s,
    name: s,
    target: s,
    why: s,
    frequency: z.enum(['daily', 'weekly', 'hourly-while-sitting', 'ongoing']),
    minutes: z.number().optional(),
    sources: sourceIds,
  }),
  treatments: z.object({
    id: s,
    name: s,
    whatHappens: s,
    whoProvides: s,
    evidence: z.object({
      verdict: z.enum(EVIDENCE_VERDICTS),
      verdictLabel: s,
      text: s,
      references: z.array(z.enum(REFERENCE_IDS)),
    }),
    sources: sourceIds,
  }),
  sources: z.object({
    id: z.enum(SOURCE_IDS),
    file: s,
    title: s,
    author: s.optional(),
    authorKind: s,
    adds: s,
  }),
  references: z.object({ id: z.enum(REFERENCE_IDS), citation: s, about: s }),
} as const;

const collectionData = {
  anatomy,
  mechanisms,
  conditions,
  symptoms,
  causes,
  'self-tests': selfTests,
  habits,
  treatments: treatments.map((x) => ({
    ...x,
    evidence: { ...x.evidence, verdictLabel: EVIDENCE_LABELS[x.evidence.verdict] },
  })),
  sources,
  references,
} satisfies Record<keyof typeof collectionSchemas, readonly unknown[]>;

const collectionSummaries: Record<keyof typeof collectionSchemas, string> = {
  anatomy: 'The psoas and its neighbours: muscles, attachments, size, actions and relations',
  mechanisms: 'How a tight or weak psoas leads to back pain',
  conditions: 'Conditions linked with the psoas',
  symptoms: 'Symptoms the source articles attribute to the psoas',
  causes: 'Causes and risk factors',
  'self-tests': 'Self-tests to feel for a tight psoas',
  habits: 'Daily and weekly habits that help',
  treatments: 'Professional treatments, with what the guideline says about each',
  sources: 'The five source articles',
  references: 'Guidelines and papers behind the safety rules and evidence notes',
};

/** The knowledge base, read-only, in English or Spanish. No database: content ships with the code. */
const content: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exercises',
    {
      schema: {
        tags: ['content'],
        summary: 'Every exercise with dosage, instructions and animation keyframes',
        querystring: langQuery,
        response: { 200: z.object({ lang: z.enum(LANGS), exercises: z.array(exerciseSchema) }) },
      },
    },
    async (request) => {
      const { lang } = request.query;
      return { lang, exercises: exercises.map((e) => exerciseResponse(e, lang)) };
    },
  );

  app.get(
    '/api/exercises/:id',
    {
      schema: {
        tags: ['content'],
        summary: 'One exercise',
        params: z.object({ id: s.max(100) }),
        querystring: langQuery,
        response: { 200: exerciseSchema },
      },
    },
    async (request) => {
      const exercise = exerciseById(request.params.id);
      if (!exercise) throw notFound('exercise');
      return exerciseResponse(exercise, request.query.lang);
    },
  );

  for (const name of Object.keys(collectionSchemas) as (keyof typeof collectionSchemas)[]) {
    // One route per collection; the untyped instance because the response type differs per loop turn.
    fastify.get(
      `/api/content/${name}`,
      {
        schema: {
          tags: ['content'],
          summary: collectionSummaries[name],
          querystring: langQuery,
          response: { 200: z.object({ lang: z.enum(LANGS), items: z.array(collectionSchemas[name]) }) },
        },
      },
      async (request) => {
        const { lang } = request.query as z.infer<typeof langQuery>;
        return { lang, items: localise(collectionData[name] as readonly unknown[], lang) };
      },
    );
  }
};

export default content;
