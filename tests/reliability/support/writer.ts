import { randomUUID } from 'node:crypto';

/**
 * A client that writes check-ins and bookings as fast as it can and remembers what the server
 * acknowledged (a 2xx received). Requests cut off by a crash stay "uncertain": bookings are
 * retried after the restart with the same idempotency key, as a real client would.
 */
export interface Slot {
  serviceId: string;
  practitionerId: string;
  start: string;
}
interface BookingBody {
  serviceId: string;
  practitionerId: string;
  start: string;
  idempotencyKey: string;
  patient: { name: string; email: string; phone: string };
}

export class Writer {
  guestCookie = '';
  readonly checkins = new Map<string, number>(); // date → painNow acknowledged
  readonly bookings = new Map<string, string>(); // idempotency key → booking id acknowledged
  readonly uncertainBookings: BookingBody[] = [];
  readonly unexpected: string[] = [];
  private nextDay = 0;
  private nextSlot = 0;
  acknowledgedCount = 0;

  constructor(
    public url: string,
    readonly clinicId: string,
    readonly slots: Slot[],
  ) {}

  private day(): string {
    // Unique days going back from today: each check-in is a new row (one per person and date).
    const n = this.nextDay++;
    return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  }

  async checkin(): Promise<void> {
    const date = this.day();
    const painNow = date.charCodeAt(9) % 11;
    const res = await fetch(`${this.url}/api/checkins/${date}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: this.guestCookie },
      body: JSON.stringify({
        painNow,
        minutesWalked: 15,
        sittingHours: 6,
        sittingBreaks: 3,
        waterGlasses: 6,
        stress: 4,
        classAttended: false,
        note: 'crash test',
      }),
    });
    await res.arrayBuffer();
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('psoas_guest=')) this.guestCookie = set.split(';')[0]!;
    if (res.status === 200 || res.status === 201) {
      this.checkins.set(date, painNow);
      this.acknowledgedCount++;
    } else this.unexpected.push(`PUT check-in ${date} → ${res.status}`);
  }

  async book(body?: BookingBody): Promise<void> {
    let b = body;
    if (!b) {
      const slot = this.slots[this.nextSlot++ % this.slots.length]!;
      b = {
        serviceId: slot.serviceId,
        practitionerId: slot.practitionerId,
        start: slot.start,
        idempotencyKey: randomUUID(),
        patient: { name: 'Crash Test', email: 'crash@example.com', phone: '+1 604 555 0100' },
      };
    }
    try {
      const res = await fetch(`${this.url}/api/clinics/${this.clinicId}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      const json = (await res.json()) as { booking?: { id: string }; detail?: string };
      if ((res.status === 200 || res.status === 201) && json.booking) {
        this.bookings.set(b.idempotencyKey, json.booking.id);
        this.acknowledgedCount++;
      } else if (res.status !== 409) this.unexpected.push(`POST booking → ${res.status} ${json.detail}`);
    } catch (e) {
      this.uncertainBookings.push(b);
      throw e;
    }
  }

  /** Writes until a request fails (the server died) or `until` passes. */
  async run(until: number, concurrency = 4): Promise<void> {
    const loop = async (kind: 'checkin' | 'book') => {
      while (Date.now() < until) {
        try {
          if (kind === 'checkin') await this.checkin();
          else await this.book();
        } catch {
          return; // connection refused or reset: the app is gone
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => loop(i % 2 === 0 ? 'checkin' : 'book')));
  }

  /** After a restart: the requests a crash cut off are sent again with their keys. */
  async retryUncertain(): Promise<void> {
    const pending = this.uncertainBookings.splice(0);
    for (const b of pending) await this.book(b);
  }
}
