import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { launchApp } from '/work/wt/speed-booking/tests/support/launch-app.mjs';
const app = await launchApp({ from: 'sources', nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/sb-prof'], env: { PSOAS_MAX_EVENT_LOOP_UTILIZATION: '0', PSOAS_MAX_EVENT_LOOP_DELAY_MS: '0', LOG_LEVEL: 'error' } });
const base = app.url;
const [clinic] = await (await fetch(`${base}/api/clinics`)).json();
const detail = await (await fetch(`${base}/api/clinics/${clinic.id}`)).json();
const day = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const week = `${base}/api/clinics/${clinic.id}/availability?${new URLSearchParams({ serviceId: detail.services[0].id, from: day(7), to: day(13) })}`;
const r = await autocannon({ url: week, connections: 50, duration: 6 });
console.log('avail', r.requests.average, r.latency.p99);
const slots = [];
for (const s of detail.services) for (let w = 0; w < 8; w++) {
  const q = new URLSearchParams({ serviceId: s.id, from: day(w * 7 + 1), to: day(w * 7 + 7) });
  slots.push(...(await (await fetch(`${base}/api/clinics/${clinic.id}/availability?${q}`)).json()).slots);
}
let created = 0;
const b = await autocannon({ url: `${base}/api/clinics/${clinic.id}/bookings`, method: 'POST', headers: { 'content-type': 'application/json' }, connections: 16, duration: 6,
  requests: [{ setupRequest: (req) => { const slot = slots[Math.floor(Math.random() * slots.length)]; return { ...req, body: JSON.stringify({ serviceId: slot.serviceId, practitionerId: slot.practitionerId, start: slot.start, idempotencyKey: randomUUID(), patient: { name: 'B', email: 'b@example.com', phone: '+1 604 555 0199' } }) }; }, onResponse: (s) => { if (s === 201) created++; } }] });
console.log('book', b.requests.average, 'created', created, b.latency.p99, JSON.stringify(b.statusCodeStats));
await app.close();
