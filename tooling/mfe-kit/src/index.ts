export { CONTENT_SHOWN_EVENT, contentAnnouncer, type ContentShownDetail } from './content-shown.js';
export { isPlainLeftClick, type ClickKeys } from './links.js';
