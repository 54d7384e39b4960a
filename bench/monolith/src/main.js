// The monolith: the shell's own layout and styles, one single-spa application per MFE whose
// code is a plain `import()` of its `./app` module, and the header parcels mounted once the
// route's app has announced its first content and it has painted, by the composed shell's own
// rule (parcels-after-main.ts).
// Nothing is read at run time.
import '../../../shell/app/src/styles.css';
import { browserAfterPaint } from '../../../shell/app/src/after-paint.ts';
import { markCurrentNav, renderLayout, renderNav } from '../../../shell/app/src/layout.ts';
import { routeShellLinks } from '../../../shell/app/src/links.ts';
import { browserTimers } from '../../../shell/app/src/timers.ts';
import { mountParcelsAfterMain } from '../../../shell/app/src/parcels-after-main.ts';
import { mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';

/** @type {{ nav: { label: string, href: string }[], routes: Record<string, string[]> }} */
// eslint-disable-next-line no-undef
const config = __MONOLITH__;
const version = 'monolith';

const layout = renderLayout(document, document.getElementById('tessera-root') ?? document.body);
routeShellLinks(layout.root, navigateToUrl);
renderNav(layout.nav, config.nav);

/** @param {string} pathname @param {string[]} patterns */
function matches(pathname, patterns) {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
  );
}

/** @param {string} name */
function container(name) {
  const element = document.createElement('div');
  element.className = 't-app';
  element.dataset.tesseraApp = name;
  return element;
}

/**
 * single-spa lifecycles of a module, with the app's container put into the main slot on mount
 * and taken out again on unmount.
 * @param {string} name
 * @param {() => Promise<any>} load
 */
function application(name, load) {
  const element = container(name);
  registerApplication({
    name,
    app: async () => {
      const module = await load();
      const lifecycles = module.default ?? module;
      return {
        bootstrap: lifecycles.bootstrap,
        mount: [async () => void layout.main.append(element), lifecycles.mount],
        unmount: [lifecycles.unmount, async () => void element.remove()],
      };
    },
    activeWhen: (location) => matches(location.pathname, config.routes[name] ?? []),
    customProps: { name, domElement: element, navigate: navigateToUrl, version },
  });
}

application('articles', () => import('../../../mfe-articles/src/app.tsx'));
application('search', () => import('../../../mfe-search/src/app.tsx'));
application('login', () => import('../../../mfe-login/src/app.ts'));

/** @param {string} slot @param {string} name @param {() => Promise<any>} load */
function parcel(slot, name, load) {
  const domElement = layout.slot(slot);
  if (!domElement) return;
  mountRootParcel(
    async () => {
      const module = await load();
      return module.default ?? module;
    },
    { name, domElement, navigate: navigateToUrl, version },
  );
}

window.addEventListener('single-spa:routing-event', () =>
  markCurrentNav(layout.nav, location.pathname),
);
mountParcelsAfterMain({
  win: window,
  main: layout.main,
  timers: browserTimers,
  // The monolith has no /platform page: every route takes the parcels.
  mountParcels: () => {
    parcel(
      'header-search',
      'search',
      () => import('../../../mfe-search/src/parcels/search-box.ts'),
    );
    parcel(
      'header-account',
      'login',
      () => import('../../../mfe-login/src/parcels/account-menu.ts'),
    );
    return true;
  },
  // The same idle cap as shell/app/src/index.ts.
  afterPaint: browserAfterPaint(window, 500),
});

start();
