/**
 * The one error type of the HTTP layer. Routes and repositories throw it; the error handler in
 * app.ts turns it into an RFC 9457 problem+json response. Anything else becomes a 500 whose
 * details stay in the log.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, field?: string) =>
  new AppError(400, code, message, field);
export const notFound = (what = 'resource') => new AppError(404, 'not_found', `No such ${what}.`);
export const unauthorized = () => new AppError(401, 'unauthorized', 'Please sign in first.');
export const forbidden = () => new AppError(403, 'forbidden', 'You are not allowed to do that.');
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new AppError(409, code, message, undefined, extra);

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  [key: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  416: 'Range not satisfiable',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(status: number, code: string, detail: string, field?: string): Problem {
  return {
    type: `https://psoas.app/problems/${code}`,
    title: titles[status] ?? 'Error',
    status,
    code,
    detail,
    ...(field ? { field } : {}),
  };
}
