import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  type Equipment,
  type ExerciseFilter,
  exercises,
  filterExercises,
  formatDosage,
  POSITION_LABELS,
  POSITIONS,
  type Position,
  PURPOSE_LABELS,
  PURPOSES,
  type Purpose,
} from '../../../domain/content/index.js';
import { LearnNav, useLang } from './shared.js';

/** Only the values some exercise has, so no filter option leads to an empty list on its own. */
const usedPositions = POSITIONS.filter((p) => exercises.some((e) => e.position === p));
const usedEquipment = EQUIPMENT.filter((q) => exercises.some((e) => e.equipment.includes(q)));

export function ExerciseLibraryPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  const [filter, setFilter] = useState<ExerciseFilter>({});
  const found = useMemo(() => filterExercises(exercises, filter, lang), [filter, lang]);
  const id = useId();
  const set = (patch: Partial<ExerciseFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.lead')}</p>

      <search>
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('library.filters')}>
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('library.search')}</label>
            <input
              id={`${id}-q`}
              type="search"
              value={filter.query ?? ''}
              placeholder={t('library.searchPlaceholder')}
              onChange={(e) => set({ query: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-purpose`}>{t('library.purpose')}</label>
            <select
              id={`${id}-purpose`}
              value={filter.purpose ?? ''}
              onChange={(e) => set({ purpose: (e.target.value || undefined) as Purpose | undefined })}
            >
              <option value="">{t('library.any')}</option>
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {PURPOSE_LABELS[p][lang]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-equipment`}>{t('library.equipment')}</label>
            <select
              id={`${id}-equipment`}
              value={filter.equipment ?? ''}
              onChange={(e) => set({ equipment: (e.target.value || undefined) as Equipment | undefined })}
            >
              <option value="">{t('library.any')}</option>
              {usedEquipment.map((q) => (
                <option key={q} value={q}>
                  {EQUIPMENT_LABELS[q][lang]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-position`}>{t('library.position')}</label>
            <select
              id={`${id}-position`}
              value={filter.position ?? ''}
              onChange={(e) => set({ position: (e.target.value || undefined) as Position | undefined })}
            >
              <option value="">{t('library.any')}</option>
              {usedPositions.map((p) => (
                <option key={p} value={p}>
                  {POSITION_LABELS[p][lang]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="button" className="button" onClick={() => setFilter({})}>
              {t('library.clear')}
            </button>
          </div>
        </form>
      </search>

      <p className="result-count" role="status" data-testid="result-count">
        {found.length === 0 ? t('library.none') : t('library.count', { count: found.length })}
      </p>
      <ul className="card-grid" data-testid="exercise-list">
        {found.map((e) => (
          <li key={e.id} className="card exercise-card" data-exercise-id={e.id}>
            <h2 className="h3-size">
              <Link href={`/exercises/${e.id}`}>{e.name[lang]}</Link>
            </h2>
            <ul className="badges">
              <li className="badge">{PURPOSE_LABELS[e.purpose][lang]}</li>
              <li className="badge">{POSITION_LABELS[e.position][lang]}</li>
            </ul>
            <p>{e.summary[lang]}</p>
            <p>
              <strong>{formatDosage(e.dosage, lang)}</strong>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
