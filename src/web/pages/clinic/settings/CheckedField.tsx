import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from '../../../components/Field.js';

type Own = 'id' | 'value' | 'onChange' | 'children' | 'aria-describedby' | 'aria-invalid';

/**
 * A labelled input of the settings with its own error line under it: the message is tied to the
 * input (aria-describedby, aria-invalid), so a screen reader reads it with the field, and the
 * form can focus the first wrong field.
 */
export function CheckedField({
  label,
  hint,
  error,
  value,
  onChange,
  inputRef,
  suffix,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, Own> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown after the input, e.g. the currency. */
  suffix?: string;
}) {
  return (
    <Field label={label} look="care" hint={hint}>
      {(control) => {
        const errorId = `${control.id}-error`;
        const describedBy = [error ? errorId : null, control['aria-describedby']].filter(Boolean).join(' ');
        const field = (
          <input
            {...input}
            id={control.id}
            ref={inputRef}
            aria-describedby={describedBy || undefined}
            aria-invalid={error ? true : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        );
        return (
          <>
            {suffix ? (
              <span className="settings-suffixed">
                {field}
                <span aria-hidden="true">{suffix}</span>
              </span>
            ) : (
              field
            )}
            {error && (
              <p id={errorId} className="care-error settings-field-error">
                {error}
              </p>
            )}
          </>
        );
      }}
    </Field>
  );
}
