/** The assessment does not allow a self-care programme (a red flag, or a clinician said no). */
export class ProgrammeNotAllowedError extends Error {
  readonly code = 'self_care_not_allowed';
  constructor(readonly reasons: string[]) {
    super('This assessment does not allow a self-care exercise programme; see a health professional first.');
    this.name = 'ProgrammeNotAllowedError';
  }
}

/** Preferences the generator cannot work with (the API validates them first). */
export class ProgrammeInputError extends Error {
  readonly code = 'invalid_preferences';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProgrammeInputError';
  }
}
