import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityRating, AnswerValue, Item } from '../../../domain/assessment/index.js';
import { type Language, localize } from '../../../domain/i18n.js';
import { SelfTestFigure } from './SelfTestFigure.js';

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => n);

interface Props {
  item: Item;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue | undefined): void;
  error?: string;
  lang: Language;
}

/**
 * Enter on a radio or box goes on to the next screen, as it does in a text field: browsers
 * do not submit a form from a radio by themselves. Tab reaches the group, the arrow keys and
 * Space choose (the browser's own radio behaviour).
 */
function goOnWithEnter(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  e.currentTarget.form?.requestSubmit();
}

/** One question of the questionnaire, drawn from its definition. */
export function ItemField({ item, value, onChange, error, lang }: Props) {
  const { t } = useTranslation('assessment');
  const errorId = `${item.id}-error`;
  const helpId = `${item.id}-help`;
  const describedBy = [item.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const help = item.help ? (
    <p id={helpId} className="item-help">
      {localize(item.help, lang)}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} className="item-error">
      {error}
    </p>
  ) : null;

  if (item.type === 'number') {
    return (
      <div className={`item${error ? ' has-error' : ''}`} id={`item-${item.id}`}>
        <label htmlFor={`input-${item.id}`} className="item-question">
          {localize(item.text, lang)}
        </label>
        {help}
        {errorText}
        <div className="number-row">
          <input
            id={`input-${item.id}`}
            type="number"
            inputMode={item.step === 1 ? 'numeric' : 'decimal'}
            min={item.min}
            max={item.max}
            step={item.step}
            value={typeof value === 'number' ? value : ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              const n = e.currentTarget.valueAsNumber;
              onChange(Number.isFinite(n) ? n : undefined);
            }}
          />
          <span>{localize(item.unit, lang)}</span>
        </div>
      </div>
    );
  }

  if (item.type === 'activities') {
    const rows: ActivityRating[] = Array.isArray(value) ? (value as ActivityRating[]) : [];
    const shown = rows.length > 0 ? rows : [{ activity: '', score: 5 }];
    // Rows are kept as typed (empty names too) while editing; empty ones are dropped on submit.
    const update = (next: ActivityRating[]) => onChange(next);
    return (
      <fieldset
        className={`item${error ? ' has-error' : ''}`}
        id={`item-${item.id}`}
        aria-describedby={describedBy}
      >
        <legend className="item-question">{localize(item.text, lang)}</legend>
        {help}
        {errorText}
        <ol className="activities">
          {shown.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
            <li key={i} className="activity-row">
              <label>
                {t('activities.name', { n: i + 1 })}
                <input
                  type="text"
                  maxLength={80}
                  value={row.activity}
                  placeholder={t('activities.placeholder')}
                  onChange={(e) => {
                    const next = [...shown];
                    next[i] = { ...row, activity: e.currentTarget.value };
                    update(next);
                  }}
                />
              </label>
              <label>
                {t('activities.score')}
                <select
                  value={row.score}
                  onChange={(e) => {
                    const next = [...shown];
                    next[i] = { ...row, score: Number(e.currentTarget.value) };
                    update(next);
                  }}
                >
                  {ZERO_TO_TEN.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              {shown.length > 1 && (
                <button
                  type="button"
                  className="button small"
                  onClick={() => update(shown.filter((_, k) => k !== i))}
                >
                  {t('activities.remove', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        {shown.length < item.maxActivities && shown.every((r) => r.activity.trim() !== '') && (
          <button
            type="button"
            className="button"
            onClick={() => onChange([...shown, { activity: '', score: 5 }])}
          >
            {t('activities.add')}
          </button>
        )}
      </fieldset>
    );
  }

  // Choice items: a group of radios or checkboxes.
  const options =
    item.type === 'yes-no'
      ? [
          { id: 'true', label: t('yes') },
          { id: 'false', label: t('no') },
        ]
      : item.type === 'scale'
        ? ZERO_TO_TEN.map((n) => ({ id: String(n), label: String(n) }))
        : item.options.map((o) => ({ id: o.id, label: localize(o.text, lang), exclusive: o.exclusive }));
  const multi = item.type === 'multi';
  const selected = (id: string): boolean => {
    if (item.type === 'yes-no') return value === (id === 'true');
    if (item.type === 'scale') return value === Number(id);
    if (multi) return Array.isArray(value) && (value as string[]).includes(id);
    return value === id;
  };
  const choose = (id: string, checked: boolean) => {
    if (item.type === 'yes-no') return onChange(id === 'true');
    if (item.type === 'scale') return onChange(Number(id));
    if (!multi) return onChange(id);
    const exclusive = new Set(item.options.filter((o) => o.exclusive).map((o) => o.id));
    const current = Array.isArray(value) ? (value as string[]) : [];
    let next = checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    if (checked) next = exclusive.has(id) ? [id] : next.filter((x) => !exclusive.has(x));
    // Keep the definition's order so answers compare equal however they were ticked.
    const order = item.options.map((o) => o.id);
    onChange(next.length ? order.filter((o) => next.includes(o)) : undefined);
  };
  return (
    <fieldset
      className={`item${error ? ' has-error' : ''} item-${item.type}`}
      id={`item-${item.id}`}
      aria-describedby={describedBy}
    >
      <legend className="item-question">{localize(item.text, lang)}</legend>
      {item.type === 'single' && item.figure && (
        <SelfTestFigure exerciseId={item.figure} title={localize(item.short, lang)} />
      )}
      {help}
      {item.type === 'scale' && (
        <p className="item-help">
          {t('scaleHint', { min: localize(item.minLabel, lang), max: localize(item.maxLabel, lang) })}
        </p>
      )}
      {errorText}
      <div className={item.type === 'scale' ? 'choices scale' : 'choices'}>
        {options.map((o) => (
          <label key={o.id} className="choice">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={item.id}
              value={o.id}
              checked={selected(o.id)}
              onChange={(e) => choose(o.id, e.currentTarget.checked)}
              onKeyDown={goOnWithEnter}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
