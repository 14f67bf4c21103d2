import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  type CollectionName,
  collectionSchema,
  exerciseListSchema,
  exerciseParams,
  exerciseSchema,
  langQuery,
} from '../../contract/content.js';
import {
  anatomy,
  causes,
  conditions,
  EVIDENCE_LABELS,
  type Exercise,
  estimatedSecondsPerSet,
  exerciseById,
  exercises,
  habits,
  localise,
  mechanisms,
  references,
  selfTests,
  sources,
  symptoms,
  treatments,
} from '../../domain/content/index.js';
import { animationFor, psoasLength } from '../../domain/figure/index.js';
import type { Language } from '../../domain/i18n.js';
import { notFound } from '../errors.js';
import { cachedJson, oncePerKey, sendCachedJson } from '../http/cached-json.js';

function exerciseResponse(exercise: Exercise, lang: Language): z.infer<typeof exerciseSchema> {
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
} satisfies Record<CollectionName, readonly unknown[]>;

const collectionSummaries: Record<CollectionName, string> = {
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

// Content ships with the code, so each body is built (figure, psoas lengths, translation) and
// serialised once per language and process, then served with a strong ETag; rebuilding the
// exercise on every request was a quarter of the route's CPU.
const exerciseListBody = oncePerKey((lang: Language) =>
  cachedJson(exerciseListSchema, { lang, exercises: exercises.map((e) => exerciseResponse(e, lang)) }),
);
const exerciseBody = oncePerKey((key: `${string}:${Language}`) => {
  const [id, lang] = key.split(':') as [string, Language];
  return cachedJson(exerciseSchema, exerciseResponse(exerciseById(id)!, lang));
});
const collectionBody = oncePerKey((key: `${CollectionName}:${Language}`) => {
  const [name, lang] = key.split(':') as [CollectionName, Language];
  return cachedJson(collectionSchema(name), {
    lang,
    items: localise(collectionData[name] as readonly unknown[], lang),
  });
});

/**
 * The knowledge base, read-only, in English or Spanish. No database: content ships with the code,
 * and every answer carries an ETag (304 when the browser already has it).
 */
const content: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/exercises',
    {
      schema: {
        tags: ['content'],
        summary: 'Every exercise with dosage, instructions and animation keyframes',
        querystring: langQuery,
        response: { 200: exerciseListSchema },
      },
    },
    async (request, reply) => sendCachedJson(request, reply, exerciseListBody(request.query.lang)),
  );

  app.get(
    '/api/exercises/:id',
    {
      schema: {
        tags: ['content'],
        summary: 'One exercise',
        params: exerciseParams,
        querystring: langQuery,
        response: { 200: exerciseSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!exerciseById(id)) throw notFound('exercise');
      return sendCachedJson(request, reply, exerciseBody(`${id}:${request.query.lang}`));
    },
  );

  for (const name of Object.keys(collectionSummaries) as CollectionName[]) {
    // One route per collection; the untyped instance because the response type differs per loop turn.
    fastify.get(
      `/api/content/${name}`,
      {
        schema: {
          tags: ['content'],
          summary: collectionSummaries[name],
          querystring: langQuery,
          response: { 200: collectionSchema(name) },
        },
      },
      async (request, reply) => {
        const { lang } = request.query as z.infer<typeof langQuery>;
        return sendCachedJson(request, reply, collectionBody(`${name}:${lang}`));
      },
    );
  }
};

export default content;
