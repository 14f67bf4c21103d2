import { loadExercises } from '../../player/exercise-content.js';
import { type LoadedProgramme, loadCurrentProgramme } from './programme-api.js';

/** The programme, and as soon as it arrives (before React renders) the session's exercise chunks. */
function loadWithExercises(sessionId: string): Promise<LoadedProgramme> {
  const loading = loadCurrentProgramme();
  void loading.then(
    ({ programme }) => {
      const session = programme?.sessions.find((s) => s.id === sessionId);
      if (session) void loadExercises(session.blocks.map((b) => b.exerciseId));
    },
    () => undefined,
  );
  return loading;
}

function sessionInAddress(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  const id = /^\/programme\/session\/([^/]+)$/.exec(location.pathname)?.[1];
  try {
    return id === undefined ? undefined : decodeURIComponent(id);
  } catch {
    return undefined;
  }
}

/**
 * Started when the session page's chunk is evaluated (the address names the session), so the
 * programme request runs while the page's texts load (the page suspends on them) instead of
 * after; its exercise chunks, which need the programme, follow at once.
 */
const address = sessionInAddress();
let early: { sessionId: string; answer: Promise<LoadedProgramme> } | null = address
  ? { sessionId: address, answer: loadWithExercises(address) }
  : null;
// An early answer nobody takes (the page left before rendering) must not report an error later.
early?.answer.catch(() => undefined);

/** The session page's programme: the early request once, for its session; a fresh one otherwise. */
export function loadSessionProgramme(sessionId: string): Promise<LoadedProgramme> {
  const taken = early;
  early = null;
  return taken?.sessionId === sessionId ? taken.answer : loadWithExercises(sessionId);
}
