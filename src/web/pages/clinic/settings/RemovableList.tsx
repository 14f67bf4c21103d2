import { type ReactNode, useId, useRef } from 'react';
import { ConfirmRemove } from './ConfirmRemove.js';
import type { SaveStatus } from './use-save-status.js';

export interface RemovableItem {
  key: string;
  /** The line as shown. */
  content: ReactNode;
  /** Read out with its Remove button: what it removes. */
  what: string;
  /** Asked before removing. */
  question: string;
  remove(): Promise<void>;
  /** Said once it is removed. */
  removed: string;
}

/**
 * A settings section of things that can be added and removed (closures, time off): title, hint,
 * the list (or `none`), each removal asked first, then the form that adds one (`children`), and
 * what the last change did. After a removal focus goes to the title, since the line is gone.
 */
export function RemovableList({
  title,
  hint,
  none,
  items,
  feedback,
  children,
}: {
  title: string;
  hint: string;
  none: string;
  items: RemovableItem[];
  feedback: SaveStatus;
  children: ReactNode;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const base = useId();
  const remove = async (item: RemovableItem) => {
    if (await feedback.run(item.remove, item.removed)) titleRef.current?.focus();
  };
  return (
    <section className="settings-section" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} ref={titleRef} tabIndex={-1}>
        {title}
      </h3>
      <p className="care-hint">{hint}</p>
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="settings-list">
          {items.map((item) => (
            <li key={item.key}>
              <span>{item.content}</span>
              <ConfirmRemove what={item.what} question={item.question} onRemove={() => remove(item)} />
            </li>
          ))}
        </ul>
      )}
      {children}
      <p role="alert" className="care-error">
        {feedback.failure ?? ''}
      </p>
      <p role="status" className="settings-status">
        {feedback.status ?? ''}
      </p>
    </section>
  );
}
