import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

/**
 * The stylesheet that draws a field, by the class names it styles: account.css for the account
 * pages, care.css for booking and the clinic, the plain `field`/`hint` of the programme,
 * progress and learn pages.
 */
const LOOKS = {
  account: { field: 'account-field', hint: 'account-hint', error: 'account-error' },
  care: { field: 'care-field', hint: 'care-hint', error: 'care-error' },
  plain: { field: 'field', hint: 'hint', error: 'field-error' },
} as const;
export type FieldLook = keyof typeof LOOKS;

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
    <div className={LOOKS[look].field}>
      <label htmlFor={controlId}>{label}</label>
      {children({ id: controlId, 'aria-describedby': hintId })}
      {hint && (
        <p id={hintId} className={LOOKS[look].hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

type Own = 'id' | 'value' | 'onChange' | 'children' | 'aria-describedby';

/** What every labelled control takes besides its element's own attributes. */
interface ValueFieldProps {
  label: ReactNode;
  look: FieldLook;
  hint?: ReactNode;
  id?: string;
  value: string;
  onChange(value: string): void;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, Own> & ValueFieldProps;

/** A labelled input holding a string (text, email, password, tel, date, number…). */
export function TextField({ label, look, hint, id, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} look={look} hint={hint} id={id}>
      {(control) => (
        <input {...control} {...input} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, Own> &
  ValueFieldProps & {
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
    <p className={LOOKS[look].error} role="alert">
      {text ?? ''}
    </p>
  );
}
