export { CONTENT_SHOWN_EVENT, contentAnnouncer, type ContentShownDetail } from './content-shown.js';
export { isPlainLeftClick, type ClickKeys } from './links.js';
export { ApiError, isJson, problemOf, type FieldProblem, type Problem } from './api-error.js';
