import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as assessment from '../domain/assessment/index.js';
import * as content from '../domain/content/index.js';
import * as programme from '../domain/programme/index.js';

/**
 * Spanish speaks to the reader in tú everywhere (docs/conventions.md, design/experience.md §10).
 * This finds the common usted forms in every Spanish text the app shows: the locale files, the
 * domain's Spanish content (walked as data and read as source, so texts built in functions are
 * seen too), and the calendar and mail texts of the server.
 */

const USTED_IMPERATIVES = [
  'Consulte',
  'Llame',
  'Prepárese',
  'Siga',
  'Registre',
  'Elija',
  'Introduzca',
  'Pulse',
  'Haga',
  'Vaya',
  'Escriba',
  'Indique',
  'Seleccione',
  'Marque',
  'Descanse',
  'Evite',
  'Intente',
  'Tenga',
  'Mantenga',
  'Busque',
  'Pida',
  'Vuelva',
  'Acuda',
  'Compruebe',
  'Beba',
  'Use',
  'Pare',
  'Coloque',
  'Repita',
  'Empiece',
  'Respire',
  'Apoye',
  'Levante',
  'Baje',
  'Doble',
  'Estire',
  'Gire',
  'Lleve',
  'Sujete',
  'Camine',
  'Anote',
  'Reserve',
  'Cancele',
  'Añada',
  'Guarde',
  'Descargue',
  'Cambie',
  'Revise',
  'Lea',
  'Mire',
  'Espere',
  'Relaje',
  'Empuje',
  'Mueva',
  'Avise',
  'Hable',
  'Pregunte',
  'Ponga',
  'Sostenga',
  'Cruce',
  'Abra',
  'Cierre',
  'Alterne',
  'Deje',
  'Note',
  'Sienta',
  'Apriete',
];
const PATTERNS: RegExp[] = [
  /\bustede?s?\b/i,
  // An usted imperative opening a sentence (mid-sentence "deje", "siga" are often third person).
  new RegExp(`(^|[.:;!?¿¡(«"]\\s*|\\n\\s*)(${USTED_IMPERATIVES.join('|')})\\b`, 'iu'),
  // Enclitic usted forms are unambiguous anywhere.
  /\b\p{L}+(?:ese|ésele|éselo|ésela|áselo|ígaselo|ígaselo)\b(?<!\b(?:ese|interese|pese|cese|confiese|ingrese|regrese|atraviese|expresese))/iu,
  /\b(túmbese|siéntese|póngase|colóquese|apóyese|acuéstese|prepárese|dígaselo|levántese|agárrese|relájese|hágalo|hágala|sujétese|inclínese|fíjese)(?![\p{L}])/iu,
  // Possessive and object forms that address the reader.
  /\b[Ss]us? (médico|cuenta|contraseña|cita|citas|programa|autoevaluación|resultado|correo|datos|respuestas)\b/u,
  /\bsi (su|le)\b/iu,
  // Perfect subjunctive addressed to the reader ("cuando haya hecho") and reflexive titles.
  /\bcuando haya\b/iu,
  /\b(evaluarse|registrarse|prepararse)\b/iu,
];

function ustedForms(text: string): string[] {
  return PATTERNS.flatMap((p) => {
    const m = p.exec(text);
    return m ? [m[0].trim()] : [];
  });
}

/** Every `es` string of an object graph (LocalizedText is { en, es }). */
function spanishIn(value: unknown, found: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) spanishIn(v, found, seen);
    return found;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'es' && typeof v === 'string') found.push(v);
    else spanishIn(v, found, seen);
  }
  return found;
}

function jsonStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, found);
  return found;
}

/** Spanish string literals in source: `es: '…'`, `es: "…"`, `es: \`…\`` and `t('…', '…')`. */
function spanishLiterals(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/\bes:\s*(['"`])((?:\\.|(?!\1)[\s\S])*)\1/g)) out.push(m[2]!);
  for (const m of source.matchAll(
    /\bt\(\s*(['"`])(?:\\.|(?!\1)[\s\S])*\1\s*,\s*(['"`])((?:\\.|(?!\2)[\s\S])*)\2/g,
  ))
    out.push(m[3]!);
  return out;
}

const root = path.resolve(import.meta.dirname, '../..');
const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(root, dir, f));

const offences = (texts: Iterable<[string, string]>) =>
  [...texts].flatMap(([where, text]) =>
    ustedForms(text).map((form) => `${where}: «${form}» in «${text.slice(0, 90)}»`),
  );

describe('Spanish speaks in tú', () => {
  it('finds the usted forms it is meant to find, and not tú or third-person Spanish', () => {
    for (const usted of [
      'Consulte a su médico.',
      'Si duele, pare. Llame al 112.',
      'Túmbese boca arriba.',
      'Prepárese para la cita.',
      'Dígaselo a su médico.',
      'Inicie sesión en su cuenta.',
      'Si usted nota hormigueo',
      '¿Elija una hora?',
      'Cuando haya hecho la autoevaluación dos veces',
      'Embarazo: evite los abdominales.',
      'Mal equilibrio: hágalo junto a una pared.',
    ])
      expect(ustedForms(usted), usted).not.toEqual([]);
    for (const tu of [
      'Consulta a tu médico.',
      'Si duele, para. Llama al 112.',
      'Túmbate boca arriba.',
      'El psoas y sus vecinos',
      'Haz este en su lugar:',
      'hasta que el dolor deje de aumentar',
      'Ese músculo se acorta.',
      'Puede convenir a quienes notan que el estrés pesa en su dolor.',
    ])
      expect(ustedForms(tu), tu).toEqual([]);
  });

  it('in every locale file', () => {
    const dir = path.join(root, 'src/web/i18n/locales/es');
    const texts: [string, string][] = fs
      .readdirSync(dir)
      .flatMap((f) =>
        jsonStrings(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).map(
          (s) => [f, s] as [string, string],
        ),
      );
    expect(texts.length).toBeGreaterThan(300);
    expect(offences(texts)).toEqual([]);
  });

  it('in the domain content: questions, self-tests, exercises, advice, next steps', () => {
    const data = spanishIn([content, assessment, programme]).map(
      (s) => ['domain data', s] as [string, string],
    );
    expect(data.length).toBeGreaterThan(500);
    const literals = [...sourceFiles('src/domain'), ...sourceFiles('src/server/notifications')].flatMap((f) =>
      spanishLiterals(f).map((s) => [path.relative(root, f), s] as [string, string]),
    );
    expect(literals.length).toBeGreaterThan(500);
    expect(offences([...data, ...literals])).toEqual([]);
  });
});
