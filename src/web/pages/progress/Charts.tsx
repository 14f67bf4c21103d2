import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import { toLanguage } from '../../../domain/i18n.js';
import type { ProgressData } from './progress-data.js';
import { UChart } from './UChart.js';

const BRAND = '#0f5e57';
const ACCENT = '#c47a00';

/** Noon UTC of a plain date, in seconds: uPlot's time axis. */
const toSeconds = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

function ChartFigure({
  id,
  title,
  points,
  chart,
  legend,
  table,
}: {
  id: string;
  title: string;
  points: number;
  chart: ReactNode;
  /** Lines named in words with a line sample (uPlot's own legend draws checkbox-like squares). */
  legend?: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}) {
  const { t } = useTranslation('progress');
  return (
    <figure className="chart card" data-chart={id} data-points={points} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
      </figcaption>
      {points ? chart : <p className="loading">{t('charts.noData')}</p>}
      {points > 0 && legend}
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

/**
 * Three charts at most, titled in words, each with its table: pain each day, sessions done each
 * week, and hours sitting beside pain. Loaded lazily: uPlot is not on the first page.
 */
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
            values: (_u: uPlot, v: number[]) =>
              v.map((x) => (Number.isInteger(x) ? t('charts.weekTick', { n: x }) : '')),
          },
          { ...valueAxis(), values: (_u: uPlot, v: number[]) => v.map((x) => `${x} %`) },
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
        legend: { show: false },
      },
    };
  }, [data.checkins, t, lang]);

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
        legend={
          <ul className="chart-legend">
            <li>
              <span className="legend-line" style={{ borderTopColor: ACCENT }} aria-hidden="true" />
              {t('charts.sittingHours')}
            </li>
            <li>
              <span className="legend-line dashed" style={{ borderTopColor: BRAND }} aria-hidden="true" />
              {t('charts.painNow')}
            </li>
          </ul>
        }
        table={{
          head: [t('charts.date'), t('charts.sittingHours'), t('charts.painNow')],
          rows: data.checkins.map((c) => [c.date, c.sittingHours, c.painNow]),
        }}
      />
    </div>
  );
}
