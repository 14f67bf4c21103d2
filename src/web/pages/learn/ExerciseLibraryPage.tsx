import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  EQUIPMENT,
  EQUIPMENT_LABELS,
  POSITION_LABELS,
  POSITIONS,
  PURPOSE_LABELS,
  PURPOSES,
} from '../../../domain/content/exercise-model.js';
import { exercises } from '../../../domain/content/exercises/index.js';
import { type ExerciseFilter, filterExercises, formatDosage } from '../../../domain/content/library.js';
import { SelectField, TextField } from '../../components/Field.js';
import { StillFigure } from '../../components/figure/StillFigure.js';
import { LearnNav, useLang } from './shared.js';

/** Only the values some exercise has, so no filter option leads to an empty list on its own. */
const usedPositions = POSITIONS.filter((p) => exercises.some((e) => e.position === p));
const usedEquipment = EQUIPMENT.filter((q) => exercises.some((e) => e.equipment.includes(q)));

/** A filter drop-down whose first choice, "any", leaves the filter off. */
function AnyOf<T extends string>(props: {
  label: string;
  any: string;
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange(value: T | undefined): void;
}) {
  return (
    <SelectField
      look="plain"
      label={props.label}
      value={props.value ?? ''}
      options={props.options}
      onChange={(v) => props.onChange((v || undefined) as T | undefined)}
    >
      <option value="">{props.any}</option>
    </SelectField>
  );
}

export function ExerciseLibraryPage() {
  const { t } = useTranslation('content');
  const lang = useLang();
  const [filter, setFilter] = useState<ExerciseFilter>({});
  const found = useMemo(() => filterExercises(exercises, filter, lang), [filter, lang]);
  const set = (patch: Partial<ExerciseFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div className="page learn-page">
      <LearnNav />
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.lead')}</p>

      <search>
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('library.filters')}>
          <TextField
            look="plain"
            label={t('library.search')}
            type="search"
            value={filter.query ?? ''}
            placeholder={t('library.searchPlaceholder')}
            onChange={(query) => set({ query })}
          />
          <AnyOf
            label={t('library.purpose')}
            any={t('library.any')}
            value={filter.purpose}
            options={PURPOSES.map((p) => ({ value: p, label: PURPOSE_LABELS[p][lang] }))}
            onChange={(purpose) => set({ purpose })}
          />
          <AnyOf
            label={t('library.equipment')}
            any={t('library.any')}
            value={filter.equipment}
            options={usedEquipment.map((q) => ({ value: q, label: EQUIPMENT_LABELS[q][lang] }))}
            onChange={(equipment) => set({ equipment })}
          />
          <AnyOf
            label={t('library.position')}
            any={t('library.any')}
            value={filter.position}
            options={usedPositions.map((p) => ({ value: p, label: POSITION_LABELS[p][lang] }))}
            onChange={(position) => set({ position })}
          />
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
            <StillFigure
              exerciseId={e.id}
              title={t('library.thumbnail', { name: e.name[lang] })}
              className="exercise-thumb"
              testId="exercise-thumb"
            />
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
