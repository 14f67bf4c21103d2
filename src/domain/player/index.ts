export * from './machine.js';
export * from './resume.js';
export * from './steps.js';
