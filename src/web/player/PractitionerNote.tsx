import { useTranslation } from 'react-i18next';

/** The practitioner's notes for the session's exercises, as the patient's review answer gives them. */
export interface PractitionerNotes {
  reviewerName: string;
  notes: readonly { exerciseId: string; note: string }[];
}

/**
 * The practitioner's note on the exercise under way, shown from its "get ready" to its end: in
 * the player's stage, beside the figure under the controls on a wide screen, right under the
 * controls on a phone (the figure, the count and the controls keep the first screen).
 */
export function PractitionerNote({
  notes,
  exerciseId,
}: {
  notes: PractitionerNotes | undefined;
  exerciseId: string | undefined;
}) {
  const { t } = useTranslation('programme');
  const note = notes?.notes.find((n) => n.exerciseId === exerciseId)?.note;
  if (!notes || !note) return null;
  return (
    <aside
      className="practitioner-note practitioner-note-stage"
      data-testid="practitioner-note"
      aria-label={t('player.practitionerNote', { name: notes.reviewerName })}
    >
      <p className="practitioner-note-by">{t('player.practitionerNote', { name: notes.reviewerName })}</p>
      <p className="practitioner-note-text">{note}</p>
    </aside>
  );
}
