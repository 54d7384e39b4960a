// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, mount, unmount } from './app';
import { article, fakeBff, type Call } from './testing/fake-bff';

/** single-spa adds `singleSpa` and `mountParcel` to the shell's props; these apps use neither. */
type Props = Parameters<typeof mount>[0];

class FakeEventSource {
  static last: FakeEventSource | null = null;
  listeners = new Map<string, (event: MessageEvent<string>) => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

async function start(
  path: string,
  extra?: (call: Call) => { status: number; body: unknown } | undefined,
) {
  const bff = fakeBff(extra);
  vi.stubGlobal('fetch', vi.fn(bff.fetch));
  window.history.replaceState(null, '', path);
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const navigate = vi.fn((url: string) => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  const props = {
    name: 'articles',
    domElement,
    navigate,
    version: '0.1.0+test',
  } as unknown as Props;
  await bootstrap(props);
  await mount(props);
  const root = () => domElement.querySelector('[data-app="articles"]') as HTMLElement;
  const text = () => root().textContent ?? '';
  const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });
  return { props, domElement, navigate, calls: bff.calls, root, text, until };
}

function announce(user: { id: string; displayName: string; role: string } | null) {
  window.dispatchEvent(new CustomEvent('tessera:session-changed', { detail: { user } }));
}

function click(element: Element | null | undefined) {
  element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
}

function type(element: Element | null, value: string) {
  const input = element as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const byText = (root: Element, selector: string, text: string) =>
  [...root.querySelectorAll(selector)].find((el) => el.textContent === text);

describe('the articles app', () => {
  beforeEach(() => {
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('shows the front page: one heading, the lead story and the latest by section', async () => {
    const app = await start('/');
    await app.until(() => expect(app.text()).toContain('Headline of lead-story'));
    expect(app.root().querySelectorAll('h1')).toHaveLength(1);
    expect(app.root().querySelector('h1')?.textContent).toBe('Front page');
    expect(app.root().querySelector('[aria-label="Latest in Sport"]')?.textContent).toContain(
      'Headline of sport-story',
    );
    click(byText(app.root(), 'a', 'Sport'));
    expect(app.navigate).toHaveBeenCalledWith('/section/sport');
    await unmount(app.props);
    expect(app.domElement.innerHTML).toBe('');
  });

  it('renders an article: byline, Markdown body with HTML kept as text, tags and revisions', async () => {
    const app = await start('/articles/lead-story');
    await app.until(() => expect(app.text()).toContain('The seawall opened.'));
    const root = app.root();
    expect(root.querySelector('h1')?.textContent).toBe('Headline of lead-story');
    expect(root.querySelector('strong')?.textContent).toBe('seawall');
    expect(root.querySelector('script')).toBeNull();
    expect(app.text()).toContain('<script>alert(1)</script>');
    expect(app.text()).toContain('By Mara Okafor');
    expect(root.querySelector('[aria-label="Tags"]')?.textContent).toBe('harbour');
    expect(app.text()).toContain('Revision 2 (current)');
    await unmount(app.props);
  });

  it('shows a past revision with a way back to the current one', async () => {
    const app = await start('/articles/lead-story?revision=1', ({ url }) =>
      url.endsWith('/revisions/1')
        ? {
            status: 200,
            body: {
              slug: 'lead-story',
              n: 1,
              latest: 2,
              time: '2026-11-22T10:00:00Z',
              editor: { id: 'u1', displayName: 'Mara Okafor' },
              section: 'city',
              title: 'Old headline',
              summary: '',
              body: 'What it said first.',
              tags: [],
            },
          }
        : undefined,
    );
    await app.until(() => expect(app.text()).toContain('What it said first.'));
    expect(app.root().querySelector('h1')?.textContent).toBe('Old headline');
    expect(app.text()).toContain('You are reading revision 1 of 2');
    expect(byText(app.root(), 'a', 'Read the current version')?.getAttribute('href')).toBe(
      '/articles/lead-story',
    );
    await unmount(app.props);
  });

  it('answers an unknown slug with "Article not found"', async () => {
    const app = await start('/articles/no-such-story');
    await app.until(() =>
      expect(app.root().querySelector('h1')?.textContent).toBe('Article not found'),
    );
    expect(app.root().querySelectorAll('h1')).toHaveLength(1);
    await unmount(app.props);
  });

  it('shows a degraded message, not a crash, when the BFF is down, and recovers on retry', async () => {
    let down = true;
    const app = await start('/', () =>
      down ? { status: 502, body: { title: 'Bad Gateway', status: 502 } } : undefined,
    );
    await app.until(() =>
      expect(app.root().querySelector('[role="alert"]')?.textContent).toMatch(/unavailable/),
    );
    down = false;
    click(byText(app.root(), 'button', 'Try again'));
    await app.until(() => expect(app.text()).toContain('Headline of lead-story'));
    await unmount(app.props);
  });

  it('shows an empty section as empty without asking for it', async () => {
    const app = await start('/section/world');
    await app.until(() => expect(app.text()).toContain('There are no World stories yet.'));
    expect(app.calls.map((call) => call.url)).toEqual(['/api/articles/sections']);
    await unmount(app.props);
  });

  it('shows a banner when articles are published, and loads them on "Show"', async () => {
    const app = await start('/');
    await app.until(() => expect(app.text()).toContain('Headline of lead-story'));
    expect(FakeEventSource.last?.url).toBe('/api/articles/events');
    FakeEventSource.last?.emit('published', {
      kind: 'published',
      slug: 'fresh',
      title: 'Fresh news',
      section: 'city',
      offset: 9,
      time: '2026-11-26T00:00:00Z',
    });
    await app.until(() => expect(app.text()).toContain('1 new article: Fresh news'));
    const fronts = app.calls.filter((call) => call.url.startsWith('/api/articles/front')).length;
    click(byText(app.root(), 'button', 'Show'));
    await app.until(() => expect(app.text()).not.toContain('new article'));
    await app.until(() =>
      expect(app.calls.filter((call) => call.url.startsWith('/api/articles/front'))).toHaveLength(
        fronts + 1,
      ),
    );
    await unmount(app.props);
    expect(FakeEventSource.last?.closed).toBe(true);
  });

  it('shows the editor form to editors only, following the session without a reload', async () => {
    const app = await start('/editor');
    announce(null);
    await app.until(() => expect(app.text()).toContain('Only editors can publish'));
    expect(app.root().querySelector('form')).toBeNull();
    announce({ id: 'u1', displayName: 'Mara', role: 'editor' });
    await app.until(() =>
      expect(app.root().querySelector('label[for="editor-title"]')?.textContent).toBe('Headline'),
    );
    announce({ id: 'u2', displayName: 'Rea', role: 'reader' });
    await app.until(() => expect(app.root().querySelector('form')).toBeNull());
    expect(app.text()).toContain('signed in as Rea');
    await unmount(app.props);
  });

  it('publishes with the CSRF header and shows the BFF’s field errors inline', async () => {
    announce({ id: 'u1', displayName: 'Mara', role: 'editor' });
    const app = await start('/editor', ({ method }) =>
      method === 'POST'
        ? {
            status: 400,
            body: {
              title: 'Bad request',
              status: 400,
              code: 'KIT_001',
              detail: 'The request body failed validation.',
              errors: [
                {
                  path: 'body.section',
                  message: 'a lower-case word of 2 to 30 letters',
                  code: 'invalid_format',
                },
              ],
            },
          }
        : undefined,
    );
    await app.until(() => expect(app.root().querySelector('#editor-title')).not.toBeNull());
    type(app.root().querySelector('#editor-title'), 'Seawall opens');
    type(app.root().querySelector('#editor-body'), 'It opened.');
    type(app.root().querySelector('#editor-section'), 'City!');
    type(app.root().querySelector('#editor-tags'), 'harbour, fog');
    click(byText(app.root(), 'button', 'Publish'));
    await app.until(() => expect(app.text()).toContain('a lower-case word of 2 to 30 letters'));
    const post = app.calls.find((call) => call.method === 'POST');
    expect(post?.headers['X-Tessera-CSRF']).toBe('1');
    expect(post?.body).toEqual({
      title: 'Seawall opens',
      summary: '',
      body: 'It opened.',
      section: 'City!',
      tags: ['harbour', 'fog'],
    });
    expect(app.root().querySelector('#editor-section')?.getAttribute('aria-invalid')).toBe('true');
    expect(app.root().querySelector('#editor-section')?.getAttribute('aria-describedby')).toContain(
      'editor-section-error',
    );
    await unmount(app.props);
  });

  it('revises an article against the revision it started from, and retracts it', async () => {
    announce({ id: 'u1', displayName: 'Mara', role: 'editor' });
    const app = await start('/editor/lead-story', ({ method, url }) => {
      if (method === 'PUT') return { status: 200, body: article };
      if (method === 'POST' && url.endsWith('/retraction')) {
        return {
          status: 200,
          body: { slug: 'lead-story', retractedAt: '2026-11-26T00:00:00Z', reason: 'Wrong' },
        };
      }
      return undefined;
    });
    await app.until(() =>
      expect((app.root().querySelector('#editor-title') as HTMLInputElement | null)?.value).toBe(
        'Headline of lead-story',
      ),
    );
    type(app.root().querySelector('#editor-title'), 'Seawall opens at last');
    click(byText(app.root(), 'button', 'Save revision'));
    await app.until(() => expect(app.navigate).toHaveBeenCalledWith('/articles/lead-story'));
    const put = app.calls.find((call) => call.method === 'PUT');
    expect(put?.url).toBe('/api/articles/by-slug/lead-story');
    expect(put?.body).toMatchObject({ title: 'Seawall opens at last', baseRevision: 2 });
    await unmount(app.props);

    const again = await start('/editor/lead-story', ({ method, url }) =>
      method === 'POST' && url.endsWith('/retraction')
        ? {
            status: 200,
            body: { slug: 'lead-story', retractedAt: '2026-11-26T00:00:00Z', reason: 'Wrong' },
          }
        : undefined,
    );
    await again.until(() => expect(again.root().querySelector('#retract-reason')).not.toBeNull());
    type(again.root().querySelector('#retract-reason'), 'Wrong');
    click(byText(again.root(), 'button', 'Retract'));
    await again.until(() => expect(again.navigate).toHaveBeenCalledWith('/articles/lead-story'));
    const retraction = again.calls.find((call) => call.url.endsWith('/retraction'));
    expect(retraction).toMatchObject({ method: 'POST', body: { reason: 'Wrong' } });
    expect(retraction?.headers['X-Tessera-CSRF']).toBe('1');
    await unmount(again.props);
  });
});
