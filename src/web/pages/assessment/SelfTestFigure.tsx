import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

interface FigureProps {
  exerciseId: string;
  title: string;
}

// The figure component belongs to the figure area; it is looked up rather than imported so the
// assessment still builds (with a written fallback) when it is absent.
const modules = import.meta.glob<{ ExerciseFigure: ComponentType<FigureProps> }>(
  '../../components/figure/ExerciseFigure.tsx',
);
const load = Object.values(modules)[0];
const ExerciseFigure = load ? lazy(() => load().then((m) => ({ default: m.ExerciseFigure }))) : undefined;

/** The animated figure of a self-test, or a note that the written steps are all there is. */
export function SelfTestFigure({ exerciseId, title }: FigureProps) {
  const { t } = useTranslation('assessment');
  if (!ExerciseFigure) return <p className="figure-missing">{t('figureMissing')}</p>;
  return (
    <div className="self-test-figure">
      <Suspense fallback={<p className="loading">…</p>}>
        <ExerciseFigure exerciseId={exerciseId} title={title} />
      </Suspense>
    </div>
  );
}
