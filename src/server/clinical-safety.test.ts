import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXERCISE_RESTRICTIONS, RED_FLAG_IDS } from '../domain/assessment/index.js';
import { FLAG_CODES } from '../domain/clinician/flags.js';
import { MOVEMENT_RULE_IDS } from '../domain/movement/rules.js';

// The hazard log must name every clinical rule the code applies, so a new rule cannot ship
// without its source and test being written down.
const log = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/clinical-safety.md'), 'utf8');

it.each([...RED_FLAG_IDS, ...EXERCISE_RESTRICTIONS, ...FLAG_CODES, ...MOVEMENT_RULE_IDS])(
  'docs/clinical-safety.md lists %s',
  (id) => {
    expect(log).toContain(`| \`${id}\` |`);
  },
);
