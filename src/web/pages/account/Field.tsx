import { useId } from 'react';

interface FieldProps {
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  required?: boolean;
  minLength?: number;
}

/** A labelled input with an optional hint tied to it for screen readers. */
export function Field({
  label,
  type = 'text',
  autoComplete,
  value,
  onChange,
  hint,
  required = true,
  minLength,
}: FieldProps) {
  const id = useId();
  return (
    <div className="account-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        required={required}
        minLength={minLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="account-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function FormError({ text }: { text: string | null }) {
  return (
    <p className="account-error" role="alert">
      {text ?? ''}
    </p>
  );
}
