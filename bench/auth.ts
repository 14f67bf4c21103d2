// Password hashing cost: argon2id hash and verify as configured for accounts, and the time an
// unknown email costs compared with a wrong password for a known one (should be ≈ 1).
// Run: npx tsx bench/auth.ts   (writes bench/results/auth.json)
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../src/server/db/repos/users.js';
import { summarise, writeResults } from './lib.mjs';

const RUNS = 20;

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const stored = await hashPassword('a password of decent length');
const hash = summarise(await time(() => hashPassword('a password of decent length')));
const verifyKnown = summarise(await time(() => verifyPassword(stored, 'the wrong password')));
const verifyUnknown = summarise(await time(() => verifyAgainstDummy('the wrong password')));

writeResults('auth', [
  { name: 'argon2id hash (19 MiB, t=2, p=1)', unit: 'ms', ...hash, aim: '< 250 ms' },
  { name: 'sign-in check, known email', unit: 'ms', ...verifyKnown },
  {
    name: 'sign-in check, unknown email',
    unit: 'ms',
    ...verifyUnknown,
    ratio: verifyUnknown.median / verifyKnown.median,
    aim: 'ratio ≈ 1 (no enumeration by timing)',
  },
]);
