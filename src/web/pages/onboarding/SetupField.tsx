import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { Field } from '../../components/Field.js';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'aria-describedby'> & {
  label: ReactNode;
  hint?: ReactNode;
  /** The mistake in words, shown right under the control and read out with it. */
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
};

/** A labelled input of the first run, with its mistake (if any) next to it. */
export function SetupField({ label, hint, error, value, onChange, ...input }: Props) {
  const errorId = useId();
  return (
    <Field label={label} look="care" hint={hint}>
      {(control) => (
        <>
          <input
            {...control}
            {...input}
            aria-describedby={
              [error ? errorId : undefined, control['aria-describedby']].filter(Boolean).join(' ') ||
              undefined
            }
            aria-invalid={error ? true : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          {error && (
            <p id={errorId} className="care-error setup-field-error">
              {error}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
