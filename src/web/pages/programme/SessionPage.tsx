import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import type { SessionProgress } from '../../../domain/player/index.js';
import type { SessionResult, StoredProgramme } from '../../../domain/programme/types.js';
import { type SendOutcome, sendResult } from '../../offline/outbox.js';
import { cachedProgramme, rememberResult } from '../../offline/programme-cache.js';
import {
  forgetSession,
  type KeptSession,
  keepSession,
  keptSession,
  serverSession,
} from '../../offline/session-progress.js';
import { loadExercises } from '../../player/exercise-content.js';
import type { PractitionerNotes } from '../../player/PractitionerNote.js';
import { SessionPlayer } from '../../player/SessionPlayer.js';
import { speedFromUrl } from '../../player/settings.js';
import { usePageTitle } from '../../use-page-title.js';
import { loadPractitionerNotes } from './practitioner-notes.js';
import { formatDate } from './programme-api.js';
import { loadSessionProgramme } from './session-programme.js';
import './programme.css';

function newClientId(): string {
  const c = globalThis.crypto as Crypto & { randomUUID?: () => string };
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues still gives a v4 uuid.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** /programme/session/:sessionId — plays one session of the current programme, online or not. */
export function SessionPage() {
  const { t, i18n } = useTranslation('programme');
  const { sessionId = '' } = useParams<{ sessionId: string }>();
  const speed = speedFromUrl(useSearch());
  const [programme, setProgramme] = useState<StoredProgramme | null | undefined>(undefined);
  const [loadError, setLoadError] = useState('');
  const [saved, setSaved] = useState<SendOutcome | null>(null);
  // One id per play-through: saving again after an error re-sends the same result, never a copy.
  // A play-through kept on this device from an earlier visit keeps its id.
  const clientId = useRef('');

  useEffect(() => {
    let live = true;
    // The session's exercise chunks start loading now from this device's copy, while the server's
    // copy is on its way (the player asks for them again, served from the same loads).
    const early = cachedProgramme()?.sessions.find((s) => s.id === sessionId);
    if (early) void loadExercises(early.blocks.map((b) => b.exerciseId));
    // The server's copy first (a painful session may have eased the ones to come), the copy kept
    // on this device when there is no network. The player starts only once this is settled.
    loadSessionProgramme(sessionId)
      .then(({ programme: p }) => {
        if (!live) return;
        const kept = cachedProgramme();
        setProgramme(p?.sessions.some((s) => s.id === sessionId) ? p : (kept ?? p));
      })
      .catch((e: Error) => {
        if (!live) return;
        const kept = cachedProgramme();
        if (kept) setProgramme(kept);
        else setLoadError(e.message);
      });
    return () => {
      live = false;
    };
  }, [sessionId]);

  // The reviewing practitioner's notes, shown with each exercise; none offline or unreviewed.
  const [notes, setNotes] = useState<PractitionerNotes | undefined>(undefined);
  const reviewedProgrammeId = programme?.id;
  useEffect(() => {
    if (!reviewedProgrammeId) return;
    let live = true;
    loadPractitionerNotes(reviewedProgrammeId).then((n) => live && setNotes(n));
    return () => {
      live = false;
    };
  }, [reviewedProgrammeId]);

  const session = programme?.sessions.find((s) => s.id === sessionId);
  // Progress kept from an earlier visit: this device's copy, else the server's (another device).
  // null once settled with nothing kept; the player waits until it is settled.
  const [kept, setKept] = useState<KeptSession | null | undefined>(undefined);
  const programmeId = programme?.id;
  const foundSession = session?.id;
  useEffect(() => {
    if (!programmeId || !foundSession) return;
    const local = keptSession(programmeId, foundSession);
    if (local) {
      setKept(local);
      return;
    }
    let live = true;
    serverSession(programmeId, foundSession).then((remote) => live && setKept(remote ?? null));
    return () => {
      live = false;
    };
  }, [programmeId, foundSession]);
  if (!clientId.current && kept !== undefined) clientId.current = kept?.clientId ?? newClientId();
  usePageTitle(t('player.title'));

  if ((programme === undefined && !loadError) || (programme && session && kept === undefined)) {
    return (
      <p aria-busy="true" className="loading">
        {t('loading')}
      </p>
    );
  }
  if (!programme || !session) {
    return (
      <div className="page programme">
        <h1>{t('player.notFound')}</h1>
        {loadError ? <p role="alert">{loadError}</p> : null}
        <Link href="/programme" className="button">
          {t('player.back')}
        </Link>
      </div>
    );
  }

  const save = async (rated: Omit<SessionResult, 'clientId' | 'sessionId' | 'completedAt'>) => {
    const result: SessionResult = {
      ...rated,
      clientId: clientId.current,
      sessionId: session.id,
      completedAt: new Date().toISOString(),
    };
    const outcome = await sendResult(programme.id, result);
    rememberResult(result);
    // The result is now on its way (sent, or in the outbox): the kept progress has done its job.
    forgetSession(programme.id, session.id);
    setSaved(outcome);
  };
  const keep = (progress: SessionProgress) =>
    keepSession({
      ...progress,
      programmeId: programme.id,
      sessionId: session.id,
      clientId: clientId.current,
    });

  return (
    <div className="page programme session-page">
      <h1>
        {t('player.title')}{' '}
        <span className="subtitle">
          {t('plan.weekN', { n: session.week })} · {formatDate(session.date, i18n.language)}
        </span>
      </h1>
      {saved ? (
        <div className="card saved" role="status">
          <h2>{saved === 'sent' ? t('end.saved') : t('end.savedOffline')}</h2>
          <p>{saved === 'sent' ? t('end.savedText') : t('end.savedOfflineText')}</p>
          <Link href="/programme" className="button primary">
            {t('player.back')}
          </Link>
        </div>
      ) : (
        <SessionPlayer
          session={session}
          speed={speed}
          onSave={save}
          resumeFrom={kept ?? undefined}
          onProgress={keep}
          practitionerNotes={notes}
        />
      )}
    </div>
  );
}
