import './platform.css';
import type { FetchJson } from '../registry-source.js';
import { h } from './dom.js';
import { assertPlatformData } from './platform-data.js';
import { renderPlatform } from './render.js';

export interface PlatformPageOptions {
  main: HTMLElement;
  fetchJson: FetchJson;
}

/**
 * The /platform page as single-spa lifecycles: platform-owned and framework-free like the 404,
 * so it loads no remote. Each mount reads `/platform.json` afresh.
 */
export function platformLifecycles({ main, fetchJson }: PlatformPageOptions) {
  const doc = main.ownerDocument;
  let page: HTMLElement | undefined;
  return {
    async bootstrap() {},
    async mount() {
      const status = h(doc, 'p', { role: 'status' }, 'Loading the deploy figures…');
      const mine = h(
        doc,
        'section',
        { class: 't-platform', 'data-testid': 'platform', 'aria-labelledby': 't-platform-title' },
        h(doc, 'h1', { id: 't-platform-title' }, 'Platform'),
        status,
      );
      page = mine;
      main.append(mine);
      try {
        const data = assertPlatformData(await fetchJson('/platform.json'));
        status.replaceWith(renderPlatform(doc, data));
      } catch (error) {
        status.textContent = `The deploy figures could not be loaded (${(error as Error).message}). Reload the page to try again.`;
      }
    },
    async unmount() {
      page?.remove();
      page = undefined;
    },
  };
}
