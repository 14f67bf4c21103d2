import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

/**
 * The stylesheet that draws a field: each area's CSS styles `<look>-field`, `<look>-hint` and
 * `<look>-error` (account.css for the account pages, care.css for booking and the clinic).
 */
export type FieldLook = 'account' | 'care';

/** What a control needs to be tied to its label and hint. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  look: FieldLook;
  /** Read out with the control, so a screen reader user hears the rule before typing. */
  hint?: ReactNode;
  /** A fixed id, for a control other markup points at; otherwise one is made. */
  id?: string;
  children(control: ControlProps): ReactNode;
}

/** A label, the control it names and an optional hint tied to it. */
export function Field({ label, look, hint, id, children }: FieldProps) {
  const madeId = useId();
  const controlId = id ?? madeId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return (
    <div className={`${look}-field`}>
      <label htmlFor={controlId}>{label}</label>
      {children({ id: controlId, 'aria-describedby': hintId })}
      {hint && (
        <p id={hintId} className={`${look}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

type Own = 'id' | 'value' | 'onChange' | 'children' | 'aria-describedby';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, Own> & {
  label: ReactNode;
  look: FieldLook;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
};

/** A labelled input holding a string (text, email, password, tel, date, number…). */
export function TextField({ label, look, hint, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} look={look} hint={hint}>
      {(control) => (
        <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, Own> & {
  label: ReactNode;
  look: FieldLook;
  hint?: ReactNode;
  id?: string;
  value: string;
  onChange(value: string): void;
  /** The choices; `children` may add options before them (an empty "choose…" one). */
  options: readonly { value: string; label: string }[];
  children?: ReactNode;
};

/** A labelled drop-down of string choices. */
export function SelectField({
  label,
  look,
  hint,
  id,
  value,
  onChange,
  options,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} look={look} hint={hint} id={id}>
      {(control) => (
        <select {...control} {...select} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A form's error line: always in the page, so screen readers announce the text when it appears. */
export function FormError({ look, text }: { look: FieldLook; text: string | null }) {
  return (
    <p className={`${look}-error`} role="alert">
      {text ?? ''}
    </p>
  );
}
