// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, mount, unmount } from './app';
import { CONTENT_SHOWN_EVENT } from '@tessera/mfe-kit';
import { jsonResponse, searchResponse } from './testing/responses';

type Props = Parameters<typeof mount>[0];

/** Mounts the app on `path`; the search BFF answers `answer` once `release()` is called. */
async function mountHeld(path: string, answer: () => Response) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      await held;
      return answer();
    }),
  );
  window.history.replaceState(null, '', path);
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const shown: string[] = [];
  domElement.addEventListener(CONTENT_SHOWN_EVENT, (event) => {
    const { app } = (event as CustomEvent<{ app: string }>).detail;
    shown.push(`${app}: ${domElement.querySelector('[role="status"]')?.textContent}`);
  });
  const props = { name: 'search', domElement, navigate: vi.fn(), version: 't' } as unknown as Props;
  await bootstrap(props);
  await mount(props);
  return { props, shown, release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the search app announces its first content', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('once the results are rendered, not while searching, and only once', async () => {
    const app = await mountHeld('/search?q=seawall', () => jsonResponse(searchResponse()));
    await tick();
    expect(app.shown).toEqual([]);
    app.release();
    await vi.waitFor(() => expect(app.shown).toEqual(['search: 1 result for seawall in 2 ms']));
    await tick();
    expect(app.shown).toHaveLength(1);
    await unmount(app.props);
  });

  it('when the search failed, with the failure on screen', async () => {
    const app = await mountHeld('/search?q=seawall', () => jsonResponse({}, 503));
    app.release();
    await vi.waitFor(() => expect(app.shown).toEqual(['search: Could not search for seawall.']));
    await unmount(app.props);
  });

  it('at once without a query: the prompt is the page', async () => {
    const app = await mountHeld('/search', () => jsonResponse(searchResponse()));
    await vi.waitFor(() =>
      expect(app.shown).toEqual(['search: Type a word in the search box to find articles.']),
    );
    await unmount(app.props);
  });
});
