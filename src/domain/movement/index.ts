export * from './gating.js';
export * from './geometry.js';
export * from './hip-angles.js';
export * from './landmarks.js';
export * from './reading.js';
export * from './rules.js';
export * from './steady.js';
