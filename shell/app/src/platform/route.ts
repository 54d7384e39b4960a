import { browserFetchJson } from '../registry-source.js';
import type { SingleSpaApi } from '../single-spa-api.js';

export const PLATFORM_APP = 'tessera:platform';

/** The shell's own route; no registry app can claim it. */
export const isPlatformPath = (pathname: string) => /^\/platform\/?$/.test(pathname);

/** Registers /platform; its code and styles are a chunk fetched only when the route is opened. */
export function registerPlatformPage(singleSpa: SingleSpaApi, main: HTMLElement): void {
  const win = main.ownerDocument.defaultView!;
  singleSpa.registerApplication({
    name: PLATFORM_APP,
    app: async () => {
      const { platformLifecycles } = await import('./page.js');
      return platformLifecycles({ main, fetchJson: browserFetchJson(win.fetch.bind(win)) });
    },
    activeWhen: (location) => isPlatformPath(location.pathname),
    customProps: {},
  });
}
