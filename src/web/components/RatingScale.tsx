import { forwardRef, useImperativeHandle, useRef } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import './rating-scale.css';

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface RatingScaleProps {
  label: string;
  /** Undefined until the person picks a number: a scale never answers for them. */
  value: number | undefined;
  onChange: (value: number) => void;
  /** What 0 and 10 mean on this scale, e.g. "no pain" / "worst pain imaginable". */
  minLabel: string;
  maxLabel: string;
  /** Shown next to the scale and read out with it, e.g. "Choose a number from 0 to 10". */
  error?: string;
  /** A line read out with the scale, e.g. why it starts empty. */
  hint?: string | undefined;
  name: string;
}

/** Something a form can move focus to when the answer is missing. */
export interface RatingScaleHandle {
  focus(): void;
}

/**
 * A 0–10 scale as eleven large choices (react-aria's RadioGroup: arrow keys, one tab stop, the
 * error tied to the group). A slider was used before; a slider always has a value, so an
 * untouched one silently recorded 0 ("no pain").
 */
export const RatingScale = forwardRef<RatingScaleHandle, RatingScaleProps>(function RatingScale(
  { label, value, onChange, minLabel, maxLabel, error, hint, name },
  ref,
) {
  const group = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focus() {
      group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      group.current?.scrollIntoView({ block: 'center' });
    },
  }));
  return (
    <RadioGroup
      ref={group}
      name={name}
      className="rating"
      orientation="horizontal"
      value={value === undefined ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      isRequired
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      data-testid={`rating-${name}`}
    >
      <Label className="rating-label">{label}</Label>
      <Text slot="description" className="rating-description">
        {hint ? <span className="rating-hint">{hint}</span> : null}
        <span className="rating-ends">
          <span>0 · {minLabel}</span>
          <span>10 · {maxLabel}</span>
        </span>
      </Text>
      <div className="rating-points">
        {POINTS.map((n) => (
          <Radio key={n} value={String(n)} className="rating-point">
            {n}
          </Radio>
        ))}
      </div>
      <FieldError className="rating-error">{error}</FieldError>
    </RadioGroup>
  );
});
