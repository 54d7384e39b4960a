// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, mount, unmount } from './app';
import { CONTENT_SHOWN_EVENT } from '@tessera/mfe-kit';
import { fakeBff } from './testing/fake-bff';

type Props = Parameters<typeof mount>[0];

/** Mounts the app on `path` with the BFF's answers held until `answer()`. */
async function mountHeld(path: string, status = 200) {
  const bff = fakeBff(() =>
    status === 200 ? undefined : { status, body: { title: 'Down', status } },
  );
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return bff.fetch(input, init);
    }),
  );
  window.history.replaceState(null, '', path);
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const shown: { app: string; at: string }[] = [];
  domElement.addEventListener(CONTENT_SHOWN_EVENT, (event) =>
    shown.push({
      app: (event as CustomEvent<{ app: string }>).detail.app,
      at: domElement.textContent ?? '',
    }),
  );
  const props = {
    name: 'articles',
    domElement,
    navigate: vi.fn(),
    version: 't',
  } as unknown as Props;
  await bootstrap(props);
  await mount(props);
  return { props, shown, answer: release };
}

describe('the articles app announces its first content', () => {
  beforeEach(() =>
    vi.stubGlobal(
      'EventSource',
      class {
        addEventListener() {}
        close() {}
      },
    ),
  );
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('on the front page once the stories are rendered, not while loading, and only once', async () => {
    const app = await mountHeld('/');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.shown).toEqual([]);
    app.answer();
    await vi.waitFor(() => expect(app.shown).toHaveLength(1));
    expect(app.shown[0]!.app).toBe('articles');
    expect(app.shown[0]!.at).toContain('Headline of lead-story');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.shown).toHaveLength(1);
    await unmount(app.props);
  });

  it('on an article page, and when the article is not found', async () => {
    const found = await mountHeld('/articles/lead-story');
    found.answer();
    await vi.waitFor(() => expect(found.shown[0]?.at).toContain('The seawall opened.'));
    await unmount(found.props);
    const missing = await mountHeld('/articles/no-such-story');
    missing.answer();
    await vi.waitFor(() => expect(missing.shown[0]?.at).toContain('Article not found'));
    await unmount(missing.props);
  });

  it('on a section page with its error state when the BFF is down', async () => {
    const app = await mountHeld('/section/city', 503);
    expect(app.shown).toEqual([]);
    app.answer();
    await vi.waitFor(() => expect(app.shown[0]?.at).toContain('Try again'));
    await unmount(app.props);
  });

  it('again after a remount', async () => {
    const app = await mountHeld('/');
    app.answer();
    await vi.waitFor(() => expect(app.shown).toHaveLength(1));
    await unmount(app.props);
    await mount(app.props);
    await vi.waitFor(() => expect(app.shown).toHaveLength(2));
    await unmount(app.props);
  });
});
