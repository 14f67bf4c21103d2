export * from './machine.js';
export * from './steps.js';
