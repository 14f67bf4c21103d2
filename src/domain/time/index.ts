// Dates for the whole product: plain calendar dates by arithmetic, zoned ones by the domain's own
// IANA time-zone rules (tz.ts), never the host's.
export * from './format.js';
export * from './plain-date.js';
export * from './tz.js';
export * from './zone.js';
