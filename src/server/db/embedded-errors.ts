/**
 * A start-up failure of the embedded PostgreSQL, told the way a person starting the app needs it:
 * what failed, why, and what to do about it (a variable to set or a command to run). The CLI
 * prints `message` as one line and exits non-zero instead of showing a stack trace.
 */
export class EmbeddedDatabaseError extends Error {
  readonly what: string;
  readonly why: string;
  readonly fix: string;

  constructor(parts: { what: string; why: string; fix: string; cause?: unknown }) {
    super(`${parts.what}: ${parts.why}. ${parts.fix}`, { cause: parts.cause });
    this.name = 'EmbeddedDatabaseError';
    this.what = parts.what;
    this.why = parts.why;
    this.fix = parts.fix;
  }
}

/** Offered in every message: the app does not need its own server at all. */
export const USE_EXTERNAL = 'or set DATABASE_URL to use a PostgreSQL server you run yourself';

/**
 * The cause of a failed system call or child process in a few words, without paths we already
 * name ourselves: the errno code's meaning, or the first line a child wrote to stderr.
 */
export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { stderr?: string };
  const stderr = typeof err?.stderr === 'string' ? firstLine(err.stderr) : '';
  if (stderr) return stderr;
  if (err?.code && typeof err.code === 'string') return ERRNO_TEXT[err.code] ?? err.code;
  return firstLine(e instanceof Error ? e.message : String(e));
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

const ERRNO_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a file is in the way where a folder is needed',
  EEXIST: 'a file is in the way where a folder is needed',
  ENOENT: 'no such file or folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};
