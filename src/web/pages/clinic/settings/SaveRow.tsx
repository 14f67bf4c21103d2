import type { SaveStatus } from './use-save-status.js';

/** A settings form's end: why it did not save, its submit button, and "saved" beside it. */
export function SaveRow({
  label,
  feedback,
}: {
  label: string;
  feedback: Pick<SaveStatus, 'status' | 'failure'>;
}) {
  return (
    <>
      <p role="alert" className="care-error">
        {feedback.failure ?? ''}
      </p>
      <div className="settings-actions">
        <button type="submit" className="button primary">
          {label}
        </button>
        <p role="status" className="settings-status">
          {feedback.status ?? ''}
        </p>
      </div>
    </>
  );
}
