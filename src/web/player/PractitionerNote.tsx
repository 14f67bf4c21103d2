import { useTranslation } from 'react-i18next';

/** The practitioner's notes for the session's exercises, as the patient's review answer gives them. */
export interface PractitionerNotes {
  reviewerName: string;
  notes: readonly { exerciseId: string; note: string }[];
}

/**
 * The practitioner's note on the exercise under way, shown from its "get ready" to its end.
 * `stage`: beside the figure (on a phone clamped to a few lines so the figure, the count and the
 * controls stay in view; the whole text is still read out by screen readers). `full`: the whole
 * note under the instructions, for a phone where the stage copy is clamped (hidden from screen
 * readers, which already had it).
 */
export function PractitionerNote({
  notes,
  exerciseId,
  variant,
}: {
  notes: PractitionerNotes | undefined;
  exerciseId: string | undefined;
  variant: 'stage' | 'full';
}) {
  const { t } = useTranslation('programme');
  const note = notes?.notes.find((n) => n.exerciseId === exerciseId)?.note;
  if (!notes || !note) return null;
  return (
    <aside
      className={`practitioner-note practitioner-note-${variant}`}
      data-testid={`practitioner-note-${variant}`}
      aria-label={
        variant === 'stage' ? t('player.practitionerNote', { name: notes.reviewerName }) : undefined
      }
      aria-hidden={variant === 'full' ? true : undefined}
    >
      <p className="practitioner-note-by">{t('player.practitionerNote', { name: notes.reviewerName })}</p>
      <p className="practitioner-note-text">{note}</p>
    </aside>
  );
}
