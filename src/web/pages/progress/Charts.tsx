import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { exerciseById } from '../../../domain/content/exercises/index.js';
import { toLanguage } from '../../../domain/i18n.js';
import { datePartOf } from '../../../domain/time/index.js';
import type { ProgressData } from './progress-data.js';
import { UChart } from './UChart.js';

const BRAND = '#0f5e57';
const ACCENT = '#c47a00';
const PALETTE = ['#0f5e57', '#c47a00', '#1d4ed8', '#a3261b', '#6b21a8', '#047857', '#b45309', '#374151'];

/** Noon UTC of a plain date, in seconds: uPlot's time axis. */
const toSeconds = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

function ChartFigure({
  id,
  title,
  points,
  chart,
  table,
}: {
  id: string;
  title: string;
  points: number;
  chart: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}) {
  const { t } = useTranslation('progress');
  return (
    <figure className="chart card" data-chart={id} data-points={points} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>{' '}
        <span className="chart-count">({t('charts.points', { count: points })})</span>
      </figcaption>
      {points ? chart : <p className="loading">{t('charts.noData')}</p>}
      {points > 0 && (
        <details>
          <summary>{t('charts.asTable')}</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  {table.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order
                  <tr key={i}>
                    {r.map((c, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <td key={j}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}

const DAY = 86_400;
/**
 * A time scale from the data, at least a week wide, so a single point or points seconds apart
 * still read as dates (uPlot's own range for one point falls back to the epoch).
 */
function timeScaleFor(xs: readonly number[]): uPlot.Scale {
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const range: [number, number] = !xs.length
    ? [0, 7 * DAY]
    : max - min < 7 * DAY
      ? [(min + max) / 2 - 3.5 * DAY, (min + max) / 2 + 3.5 * DAY]
      : [min - DAY / 2, max + DAY / 2];
  return { time: true, range: () => range };
}
const dateValues = (lang: string) => (_u: uPlot, ticks: number[]) =>
  ticks.map((v) =>
    new Date(v * 1000).toLocaleDateString(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  );

const timeAxis = (): uPlot.Axis => ({ stroke: '#1b2624', grid: { stroke: '#e5e9e8' } });
const valueAxis = (scale = 'y', side: 0 | 1 | 2 | 3 = 3): uPlot.Axis => ({
  scale,
  side,
  stroke: '#1b2624',
  grid: { stroke: '#e5e9e8', show: side === 3 },
});

/** Every progress chart, each with its table. Loaded lazily: uPlot is not on the first page. */
export default function Charts({ data }: { data: ProgressData }) {
  const { t, i18n } = useTranslation('progress');
  const lang = toLanguage(i18n.language);

  const pain = useMemo(() => {
    const c = data.checkins;
    return {
      data: [c.map((x) => toSeconds(x.date)), c.map((x) => x.painNow)] as uPlot.AlignedData,
      options: {
        scales: {
          x: timeScaleFor(c.map((x) => toSeconds(x.date))),
          y: { range: [0, 10] as [number, number] },
        },
        axes: [{ ...timeAxis(), values: dateValues(lang) }, valueAxis()],
        series: [
          {},
          { label: t('charts.painNow'), stroke: BRAND, width: 2, points: { show: true, size: 6 } },
        ],
        legend: { show: false },
      },
    };
  }, [data.checkins, t, lang]);

  const fn = useMemo(() => {
    const a = data.assessments.filter((x) => x.functionScore !== null);
    return {
      rows: a,
      data: [
        a.map((x) => Date.parse(x.createdAt) / 1000),
        a.map((x) => x.functionScore),
      ] as uPlot.AlignedData,
      options: {
        scales: {
          x: timeScaleFor(a.map((x) => Date.parse(x.createdAt) / 1000)),
          y: { range: [0, 10] as [number, number] },
        },
        axes: [{ ...timeAxis(), values: dateValues(lang) }, valueAxis()],
        series: [
          {},
          { label: t('charts.functionScore'), stroke: ACCENT, width: 2, points: { show: true, size: 8 } },
        ],
        legend: { show: false },
      },
    };
  }, [data.assessments, t, lang]);

  const adherence = useMemo(() => {
    const w = data.adherenceWeeks;
    return {
      data: [
        w.map((x) => x.week),
        w.map((x) => (x.rate === null ? null : Math.round(x.rate * 100))),
      ] as uPlot.AlignedData,
      options: {
        scales: {
          x: { time: false, range: [0.5, Math.max(6, w.length) + 0.5] as [number, number] },
          y: { range: [0, 100] as [number, number] },
        },
        axes: [
          {
            ...timeAxis(),
            values: (_u: uPlot, v: number[]) => v.map((x) => (Number.isInteger(x) ? String(x) : '')),
          },
          valueAxis(),
        ],
        series: [
          {},
          {
            label: t('charts.percent'),
            stroke: BRAND,
            fill: 'rgba(15,94,87,0.55)',
            paths: uPlot.paths.bars?.({ size: [0.6, 60] }),
            points: { show: false },
          },
        ],
        legend: { show: false },
      },
    };
  }, [data.adherenceWeeks, t]);

  const sitting = useMemo(() => {
    const c = data.checkins;
    return {
      data: [
        c.map((x) => toSeconds(x.date)),
        c.map((x) => x.sittingHours),
        c.map((x) => x.painNow),
      ] as uPlot.AlignedData,
      options: {
        scales: {
          x: timeScaleFor(c.map((x) => toSeconds(x.date))),
          h: { range: [0, 16] as [number, number] },
          pain: { range: [0, 10] as [number, number] },
        },
        axes: [{ ...timeAxis(), values: dateValues(lang) }, valueAxis('h', 3), valueAxis('pain', 1)],
        series: [
          {},
          {
            label: t('charts.sittingHours'),
            scale: 'h',
            stroke: ACCENT,
            width: 2,
            points: { show: true, size: 5 },
          },
          {
            label: t('charts.painNow'),
            scale: 'pain',
            stroke: BRAND,
            width: 2,
            dash: [6, 4],
            points: { show: true, size: 5 },
          },
        ],
        legend: { show: true, live: false },
      },
    };
  }, [data.checkins, t, lang]);

  const dosage = useMemo(() => {
    const entries = [...data.dosage.entries()];
    const dates = [...new Set(entries.flatMap(([, pts]) => pts.map((p) => p.date)))].sort();
    const name = (id: string) => exerciseById(id)?.name[lang] ?? id;
    // Reps and seconds do not share an axis: each exercise is drawn against its first session (100).
    const columns = entries.map(([, pts]) => {
      const first = pts[0]?.amount || 1;
      const by = new Map(pts.map((p) => [p.date, Math.round((p.amount / first) * 100)]));
      return dates.map((d) => by.get(d) ?? null);
    });
    return {
      rows: entries.flatMap(([id, pts]) =>
        pts.map((p) => [
          p.date,
          name(id),
          t(p.unit === 'reps' ? 'charts.reps' : 'charts.seconds', { n: p.amount }),
        ]),
      ),
      points: entries.reduce((n, [, pts]) => n + pts.length, 0),
      data: [dates.map(toSeconds), ...columns] as uPlot.AlignedData,
      options: {
        scales: { x: timeScaleFor(dates.map(toSeconds)) },
        axes: [{ ...timeAxis(), values: dateValues(lang) }, valueAxis()],
        series: [
          {},
          ...entries.map(([id], i) => ({
            label: name(id),
            stroke: PALETTE[i % PALETTE.length],
            width: 2,
            spanGaps: true,
            points: { show: false },
          })),
        ],
        legend: { show: true, live: false },
      },
    };
  }, [data.dosage, lang, t]);

  return (
    <div className="charts">
      <ChartFigure
        id="chart-pain"
        title={t('charts.pain')}
        points={data.checkins.length}
        chart={<UChart options={pain.options} data={pain.data} />}
        table={{
          head: [t('charts.date'), t('charts.painNow')],
          rows: data.checkins.map((c) => [c.date, c.painNow]),
        }}
      />
      <ChartFigure
        id="chart-function"
        title={t('charts.function')}
        points={fn.rows.length}
        chart={<UChart options={fn.options} data={fn.data} />}
        table={{
          head: [t('charts.date'), t('charts.functionScore')],
          rows: fn.rows.map((a) => [datePartOf(a.createdAt), a.functionScore ?? '']),
        }}
      />
      <ChartFigure
        id="chart-adherence"
        title={t('charts.adherence')}
        points={data.adherenceWeeks.length}
        chart={<UChart options={adherence.options} data={adherence.data} />}
        table={{
          head: [t('charts.weekCol'), t('charts.done'), t('charts.planned'), t('charts.percent')],
          rows: data.adherenceWeeks.map((w) => [
            w.week,
            w.done,
            w.planned,
            w.rate === null ? '' : Math.round(w.rate * 100),
          ]),
        }}
      />
      <ChartFigure
        id="chart-sitting"
        title={t('charts.sitting')}
        points={data.checkins.length}
        chart={<UChart options={sitting.options} data={sitting.data} />}
        table={{
          head: [t('charts.date'), t('charts.sittingHours'), t('charts.painNow')],
          rows: data.checkins.map((c) => [c.date, c.sittingHours, c.painNow]),
        }}
      />
      <ChartFigure
        id="chart-dosage"
        title={t('charts.dosage')}
        points={dosage.points}
        chart={<UChart options={dosage.options} data={dosage.data} height={260} />}
        table={{ head: [t('charts.date'), t('charts.exercise'), t('charts.amount')], rows: dosage.rows }}
      />
    </div>
  );
}
