export { createEdge } from './edge.js';
export type { EdgeOptions } from './edge.js';
export { EdgeErrors } from './errors.js';
export type { EdgeErrorCode, ProblemDocument } from './errors.js';
