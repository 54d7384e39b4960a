import { shellLink } from './layout.js';

/**
 * The shell's own 404 page as single-spa lifecycles, active when no registry app claims the
 * path, so it mounts and unmounts in the main slot like any app.
 */
export function notFoundLifecycles(main: HTMLElement) {
  const doc = main.ownerDocument;
  let page: HTMLElement | undefined;
  return {
    async bootstrap() {},
    async mount() {
      page = doc.createElement('section');
      page.className = 't-not-found';
      page.dataset.testid = 'not-found';
      const heading = doc.createElement('h1');
      heading.textContent = 'Page not found';
      const text = doc.createElement('p');
      text.textContent = 'There is nothing at this address. ';
      text.append(shellLink(doc, '/', 'Go to the front page', 't-not-found__home'));
      page.append(heading, text);
      main.append(page);
    },
    async unmount() {
      page?.remove();
      page = undefined;
    },
  };
}
