/** A bare Fastify server answering GET /bare/:bytes with JSON of that size. */
export function startBare(): Promise<{ url: string; pid: number | undefined; close: () => void }>;
