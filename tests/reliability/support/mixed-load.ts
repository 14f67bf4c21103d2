import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

/**
 * Mixed traffic like a clinic's day (reads of content and calendars, check-ins, bookings)
 * against a running app, sampling the app's resident memory every second. Shared by the soak
 * test (tests/reliability/soak.test.ts) and the 5-minute soak bench (bench/soak.ts).
 */
export interface SoakResult {
  seconds: number;
  requests: number;
  statuses: Record<number, number>;
  errors: number;
  samples: { t: number; rssMiB: number }[];
  /** Least-squares slope of RSS over the run after its first quarter (warm-up), in MiB/min. */
  slopeMiBPerMin: number;
  startMiB: number;
  endMiB: number;
}

/** Resident memory of a process and its descendants (tsx runs the app in a child), in MiB. */
export function treeRssMiB(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children ? children.split(' ') : []) visit(Number(c));
      }
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return kb / 1024;
}

export function slope(points: { t: number; rssMiB: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const mr = points.reduce((s, p) => s + p.rssMiB, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - mt) * (p.rssMiB - mr);
    den += (p.t - mt) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60; // per second → per minute
}

export async function mixedLoad(options: {
  url: string;
  pid: number;
  seconds: number;
  concurrency?: number;
}): Promise<SoakResult> {
  const { url, pid, seconds } = options;
  const [clinic] = (await (await fetch(`${url}/api/clinics`)).json()) as { id: string }[];
  const detail = (await (await fetch(`${url}/api/clinics/${clinic!.id}`)).json()) as {
    services: { id: string }[];
    practitioners: { id: string }[];
  };
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const service = detail.services[0]!.id;
  const slots: { serviceId: string; practitionerId: string; start: string }[] = [];
  for (let w = 0; w < 8; w++) {
    const q = new URLSearchParams({ serviceId: service, from: day(w * 7 + 1), to: day(w * 7 + 7) });
    const body = (await (await fetch(`${url}/api/clinics/${clinic!.id}/availability?${q}`)).json()) as {
      slots: typeof slots;
    };
    slots.push(...body.slots);
  }
  // A long run fills the calendar (the warm-up alone books every free time of these 8 weeks):
  // then bookings still go on, for a time that is taken, and must keep answering 409, not fail.
  if (slots.length === 0)
    slots.push({
      serviceId: service,
      practitionerId: detail.practitioners[0]!.id,
      start: `${day(1)}T18:00:00Z`,
    });

  const statuses: Record<number, number> = {};
  let requests = 0;
  let errors = 0;
  let checkinDay = 0;
  const started = Date.now();
  const until = started + seconds * 1000;
  const weekQuery = new URLSearchParams({ serviceId: service, from: day(1), to: day(7) });

  const actions: (() => Promise<Response>)[] = [
    () => fetch(`${url}/api/health`),
    () => fetch(`${url}/api/exercises/kneeling-lunge`),
    () => fetch(`${url}/api/exercises`),
    () => fetch(`${url}/api/clinics/${clinic!.id}/availability?${weekQuery}`),
    () => fetch(`${url}/api/clinics/${clinic!.id}`),
    () => {
      // A new guest each time: check-ins from many people, as in real use.
      const date = day(-(checkinDay++ % 300));
      return fetch(`${url}/api/checkins/${date}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          painNow: 4,
          minutesWalked: 20,
          sittingHours: 6,
          sittingBreaks: 3,
          waterGlasses: 5,
          stress: 3,
          classAttended: false,
          note: 'soak',
        }),
      });
    },
    () => {
      const slot = slots[Math.floor(Math.random() * slots.length)]!;
      return fetch(`${url}/api/clinics/${clinic!.id}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          serviceId: slot.serviceId,
          practitionerId: slot.practitionerId,
          start: slot.start,
          idempotencyKey: randomUUID(),
          patient: { name: 'Soak Test', email: 'soak@example.com', phone: '+1 604 555 0102' },
        }),
      });
    },
  ];

  const samples: { t: number; rssMiB: number }[] = [];
  const sampler = setInterval(() => {
    samples.push({ t: (Date.now() - started) / 1000, rssMiB: treeRssMiB(pid) });
  }, 1000);
  const client = async () => {
    while (Date.now() < until) {
      const action = actions[Math.floor(Math.random() * actions.length)]!;
      try {
        const res = await action();
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      } catch {
        errors++;
      }
      requests++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, client));
  clearInterval(sampler);
  const steady = samples.filter((s) => s.t >= seconds / 4);
  return {
    seconds,
    requests,
    statuses,
    errors,
    samples,
    slopeMiBPerMin: slope(steady),
    startMiB: steady[0]?.rssMiB ?? 0,
    endMiB: steady.at(-1)?.rssMiB ?? 0,
  };
}
