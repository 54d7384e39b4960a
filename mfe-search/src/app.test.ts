// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, mount, unmount } from './app';
import { jsonResponse, searchResponse } from './testing/responses';

/** single-spa adds `singleSpa` and `mountParcel` to the shell's props; these apps use neither. */
type Props = Parameters<typeof mount>[0];

function props(path: string) {
  window.history.replaceState(null, '', path);
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const navigate = vi.fn((url: string) => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  const shellProps = { name: 'search', domElement, navigate, version: '0.1.0+test' };
  return shellProps as typeof shellProps & Props;
}

const fetch = vi.fn<(url: string) => Promise<Response>>();

async function mounted(path: string) {
  const p = props(path);
  await bootstrap(p);
  await mount(p);
  return p;
}

describe('the search app', () => {
  beforeEach(() => {
    fetch.mockReset();
    fetch.mockImplementation(async () => jsonResponse(searchResponse()));
    vi.stubGlobal('fetch', fetch);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('mounts one page under the app marker, with its heading focused', async () => {
    const p = await mounted('/search?q=seawall');
    const root = p.domElement.querySelector('[data-app="search"]');
    expect(root?.querySelectorAll('h1')).toHaveLength(1);
    expect(root?.querySelector('h1')?.textContent).toBe('Search');
    await vi.waitFor(() => expect(document.activeElement).toBe(root?.querySelector('h1')));
    await unmount(p);
  });

  it('shows the hits with their matches marked, as text, and the time taken', async () => {
    const p = await mounted('/search?q=seawall');
    await vi.waitFor(() => expect(p.domElement.querySelector('mark')).not.toBeNull());
    const title = p.domElement.querySelector('h2 a')!;
    expect(title.getAttribute('href')).toBe('/articles/saltgate-seawall-vote');
    expect(title.querySelector('mark')?.textContent).toBe('seawall');
    expect(title.textContent).toBe('Saltgate seawall <b>vote</b>');
    expect(title.querySelector('b')).toBeNull();
    expect(p.domElement.querySelector('[role="status"]')?.textContent).toBe(
      '1 result for seawall in 2 ms',
    );
    expect(fetch).toHaveBeenCalledWith('/api/search?q=seawall', expect.anything());
    await unmount(p);
  });

  it('filters by a facet through the URL, and clears it by choosing it again', async () => {
    const p = await mounted('/search?q=seawall');
    const politics = await vi.waitFor(() => {
      const link = p.domElement.querySelector<HTMLAnchorElement>('a[href*="section=politics"]');
      expect(link?.textContent).toBe('politics2');
      return link!;
    });
    politics.click();
    expect(p.navigate).toHaveBeenCalledWith('/search?q=seawall&section=politics');
    await vi.waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith(
        '/api/search?q=seawall&section=politics',
        expect.anything(),
      ),
    );
    const chosen = p.domElement.querySelector('[aria-current="true"]')!;
    expect(chosen.getAttribute('href')).toBe('/search?q=seawall');
    await unmount(p);
  });

  it('pages through the results', async () => {
    fetch.mockImplementation(async () =>
      jsonResponse(searchResponse({ total: 25, page: 2, pages: 3 })),
    );
    const p = await mounted('/search?q=seawall&page=2');
    await vi.waitFor(() => expect(p.domElement.textContent).toContain('Page 2 of 3'));
    const pages = p.domElement.querySelector('nav[aria-label="Result pages"]')!;
    const hrefs = [...pages.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/search?q=seawall', '/search?q=seawall&page=3']);
    await unmount(p);
  });

  it('says so when nothing matches, offering to drop the filters', async () => {
    fetch.mockImplementation(async () =>
      jsonResponse(searchResponse({ total: 0, pages: 0, hits: [] })),
    );
    const p = await mounted('/search?q=zzz&tag=flooding');
    await vi.waitFor(() => expect(p.domElement.textContent).toContain('No articles match'));
    const all = [...p.domElement.querySelectorAll('a')].find((a) => a.textContent?.includes('all'));
    expect(all?.getAttribute('href')).toBe('/search?q=zzz');
    await unmount(p);
  });

  it('shows the degraded state when search is down, and searches again on "Try again"', async () => {
    fetch.mockImplementation(async () => jsonResponse({ title: 'Bad Gateway', status: 502 }, 502));
    const p = await mounted('/search?q=seawall');
    const alert = await vi.waitFor(() => {
      const found = p.domElement.querySelector('[role="alert"]');
      expect(found?.textContent).toContain('Search is unavailable');
      return found!;
    });
    fetch.mockImplementation(async () => jsonResponse(searchResponse()));
    alert.querySelector('button')!.click();
    await vi.waitFor(() => expect(p.domElement.querySelector('mark')).not.toBeNull());
    expect(p.domElement.querySelector('[role="alert"]')).toBeNull();
    await unmount(p);
  });

  it('asks nothing without a query', async () => {
    const p = await mounted('/search');
    expect(p.domElement.textContent).toContain('Type a word');
    expect(fetch).not.toHaveBeenCalled();
    await unmount(p);
  });

  it('follows back and forward while mounted', async () => {
    const p = await mounted('/search?q=first');
    window.history.pushState(null, '', '/search?q=second');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith('/api/search?q=second', expect.anything()),
    );
    window.history.back();
    await vi.waitFor(() =>
      expect(fetch).toHaveBeenLastCalledWith('/api/search?q=first', expect.anything()),
    );
    await unmount(p);
  });

  it('leaves the slot empty after unmount', async () => {
    const p = await mounted('/search');
    await unmount(p);
    expect(p.domElement.innerHTML).toBe('');
  });
});
