import type { ReactNode } from 'react';

/** A fieldset of tick boxes in the `choice-grid` layout; `selected` holds the ticked values. */
export function CheckboxGrid<T extends string | number>(props: {
  legend: string;
  hint?: ReactNode;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onToggle(value: T): void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="choice-grid">
        {props.options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              checked={props.selected.includes(o.value)}
              onChange={() => props.onToggle(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
