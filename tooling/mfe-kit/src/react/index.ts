export { ContentShown, useContentShown } from './content-shown.js';
export { Link } from './link.js';
export { useLocation, type AppLocation } from './location.js';
