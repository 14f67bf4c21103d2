import { useId, useMemo } from 'react';
import {
  animationBounds,
  drawFigure,
  drawScene,
  type ExerciseAnimation,
  type Item,
  type Point2,
  type Pose,
  type Side,
} from '../../../domain/figure/index.js';
import { fillFor, PSOAS_COLOURS, psoasState } from './palette.js';

export interface FigureSvgProps {
  /** Supplies the camera, props and frame; the pose may be any pose (a session player's). */
  animation: ExerciseAnimation;
  pose: Pose;
  title: string;
  /** Mirror the picture so the person's left leg is the one worked (the model works the right). */
  mirrored?: boolean;
  /** Which psoas to highlight; both when omitted. */
  highlight?: Side;
  className?: string;
  /** Draw the pelvis and spine boldly with a line across the pelvis (the tilt demo). */
  emphasisePelvis?: boolean;
  /** Extra attributes for tests and styling (data-*). */
  data?: Record<`data-${string}`, string | number>;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** Closed Catmull-Rom curve through the points: a rounded outline for the torso and hair. */
export function smoothPath(points: Point2[], closed = true): string {
  const n = points.length;
  if (n < 3) return '';
  const at = (i: number) => points[closed ? (i + n) % n : Math.max(0, Math.min(n - 1, i))]!;
  let d = `M${r(at(0).x)} ${r(at(0).y)}`;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${r(c1.x)} ${r(c1.y)} ${r(c2.x)} ${r(c2.y)} ${r(p2.x)} ${r(p2.y)}`;
  }
  return closed ? `${d} Z` : d;
}

function ItemShape({ item }: { item: Item }) {
  const fill = fillFor(item);
  if (item.type === 'circle') {
    if (item.role === 'ball') {
      return (
        <g>
          <circle cx={r(item.c.x)} cy={r(item.c.y)} r={item.r} fill={fill} />
          <circle
            cx={r(item.c.x - item.r * 0.3)}
            cy={r(item.c.y - item.r * 0.35)}
            r={item.r * 0.35}
            fill="#fff"
            opacity={0.18}
          />
        </g>
      );
    }
    return (
      <circle
        cx={r(item.c.x)}
        cy={r(item.c.y)}
        r={item.r}
        fill={item.role === 'roller' ? fillFor({ ...item, far: true }) : fill}
      />
    );
  }
  if (item.type === 'capsule') {
    return (
      <line
        x1={r(item.a.x)}
        y1={r(item.a.y)}
        x2={r(item.b.x)}
        y2={r(item.b.y)}
        stroke={fill}
        strokeWidth={item.width}
        strokeLinecap="round"
      />
    );
  }
  if (item.smooth) return <path d={smoothPath(item.points)} fill={fill} />;
  return <polygon points={item.points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')} fill={fill} />;
}

/** The line from the back (PSIS) to the front (ASIS) of the pelvis, and a level line to compare. */
function PelvisLine({ line }: { line: [Point2, Point2] }) {
  const [back, front] = line;
  const dx = front.x - back.x;
  const dy = front.y - back.y;
  const k = 1.9;
  return (
    <g className="pelvis-line">
      <line
        x1={r(back.x - dx * 0.6)}
        y1={r(back.y)}
        x2={r(back.x + dx * k)}
        y2={r(back.y)}
        stroke="#4a5956"
        strokeWidth={0.8}
        strokeDasharray="2 2"
      />
      <line
        x1={r(back.x - dx * 0.6)}
        y1={r(back.y - dy * 0.6)}
        x2={r(back.x + dx * k)}
        y2={r(back.y + dy * k)}
        stroke="#1b2624"
        strokeWidth={1.4}
        strokeLinecap="round"
      />
      <circle cx={r(back.x)} cy={r(back.y)} r={1.6} fill="#1b2624" />
      <circle cx={r(front.x)} cy={r(front.y)} r={1.6} fill="#1b2624" />
    </g>
  );
}

/** One pose of the figure with its props, as an SVG picture. */
export function FigureSvg({
  animation,
  pose,
  title,
  mirrored,
  highlight,
  className,
  emphasisePelvis,
  data,
}: FigureSvgProps) {
  const titleId = useId();
  const bounds = useMemo(() => animationBounds(animation), [animation]);
  const scene = useMemo(() => drawScene(animation, bounds), [animation, bounds]);
  const weights = animation.props.includes('ankle-weights') ? (animation.side ?? 'near') : undefined;
  const drawing = drawFigure(pose, animation.camera, weights ? { weights } : {});
  const width = bounds.maxX - bounds.minX;
  const height = bounds.maxY - bounds.minY;
  // A roller's end face can be nearer than the body (it sticks out towards the viewer): it is
  // painted in depth order with the body; everything else in the scene stays behind.
  const isRollerEnd = (item: Item) => item.role === 'roller' && item.type === 'circle';
  const background = scene.filter((item) => !isRollerEnd(item));
  const bodyItems = [...drawing.body, ...scene.filter(isRollerEnd)].sort((a, b) => a.depth - b.depth);
  const psoas = drawing.psoas.filter((p) => !highlight || p.side === highlight);
  const [spine, pelvis] = drawing.skeleton;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`${r(bounds.minX)} ${r(bounds.minY)} ${r(width)} ${r(height)}`}
      className={className}
      data-pelvis-tilt={r(drawing.pelvicTilt)}
      data-psoas-state={psoas[0] ? psoasState(psoas[0].ratio) : undefined}
      {...data}
    >
      <title id={titleId}>{title}</title>
      <g transform={mirrored ? `translate(${r(bounds.minX + bounds.maxX)} 0) scale(-1 1)` : undefined}>
        <g>
          {background.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list in a fixed order
            <ItemShape key={i} item={item} />
          ))}
        </g>
        <g>
          {bodyItems.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list in a fixed order
            <ItemShape key={i} item={item} />
          ))}
        </g>
        <g opacity={emphasisePelvis ? 0.95 : 0.55}>
          {pelvis && pelvis.type === 'polygon' ? (
            <path d={smoothPath(pelvis.points)} fill="#f6efe0" stroke="#9c8a66" strokeWidth={0.8} />
          ) : null}
          {spine && spine.type === 'polygon' ? (
            <path
              d={smoothPath(spine.points, false)}
              fill="none"
              stroke="#f6efe0"
              strokeWidth={2.2}
              strokeLinecap="round"
            />
          ) : null}
        </g>
        {emphasisePelvis && drawing.pelvisLine ? <PelvisLine line={drawing.pelvisLine} /> : null}
        {psoas.map((line) => (
          <path
            key={`${line.side}-muscle`}
            className="psoas-muscle"
            d={smoothPath(line.outline)}
            fill={PSOAS_COLOURS[psoasState(line.ratio)]}
            fillOpacity={line.side === 'far' && !highlight ? 0.25 : 0.45}
            stroke={PSOAS_COLOURS[psoasState(line.ratio)]}
            strokeOpacity={line.side === 'far' && !highlight ? 0.4 : 0.8}
            strokeWidth={0.8}
          />
        ))}
        {psoas.map((line) => (
          <path
            key={line.side}
            className={`psoas psoas-${psoasState(line.ratio)}`}
            data-side={line.side}
            d={smoothPath(line.points, false)}
            fill="none"
            stroke={PSOAS_COLOURS[psoasState(line.ratio)]}
            strokeWidth={line.side === 'far' && !highlight ? 1.6 : 2.2}
            strokeOpacity={line.side === 'far' && !highlight ? 0.55 : 0.95}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ))}
      </g>
    </svg>
  );
}
