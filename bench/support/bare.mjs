import { spawn } from 'node:child_process';
import { freePort, repoRoot } from '../../tests/support/launch-app.mjs';

/**
 * A bare Fastify server answering GET /bare/:bytes with JSON of that size: the yardstick every
 * API figure is a ratio of, run in its own process like the app.
 */
export async function startBare() {
  const port = await freePort();
  const script = `
    const Fastify = require('fastify');
    const app = Fastify({ logger: false });
    const bodies = new Map();
    app.get('/bare/:bytes', async (req) => {
      const n = Number(req.params.bytes);
      if (!bodies.has(n)) bodies.set(n, { data: 'x'.repeat(Math.max(0, n - 11)) });
      return bodies.get(n);
    });
    app.listen({ port: ${port}, host: '127.0.0.1' });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: repoRoot, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/bare/10`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid, close: () => child.kill('SIGKILL') };
}
