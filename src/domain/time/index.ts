// Dates for the whole product: plain calendar dates by arithmetic, zoned ones through Temporal.
export * from './plain-date.js';
export * from './zone.js';
