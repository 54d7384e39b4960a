/**
 * Client-side navigation the way single-spa does it in the shell: a history entry plus a
 * `popstate` event, which is what the apps listen to.
 * @param {string} url
 */
export function navigate(url) {
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

/**
 * When the built page is opened as a file (`…/dist/standalone.html`, under any prefix), the
 * address is moved to an app route, since apps route on `location.pathname` as in the shell:
 * the route in the hash (`standalone.html#/search?q=x`) or else the app's default route.
 * @param {string} defaultRoute
 */
export function enterAppRoute(defaultRoute) {
  if (!window.location.pathname.endsWith('.html')) return;
  const fromHash = window.location.hash.slice(1);
  // The icon is fetched late, after the move: pin its relative URL to the build folder first.
  for (const icon of document.querySelectorAll('link[rel~="icon"]')) {
    icon.setAttribute('href', /** @type {HTMLLinkElement} */ (icon).href);
  }
  window.history.replaceState(null, '', fromHash.startsWith('/') ? fromHash : defaultRoute);
}
