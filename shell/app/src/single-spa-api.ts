import type * as SingleSpa from 'single-spa';

/** The part of single-spa the composition uses; tests may pass a recorder. */
export interface SingleSpaApi {
  registerApplication(config: {
    name: string;
    app: () => Promise<object>;
    activeWhen: (location: Location) => boolean;
    customProps: Record<string, unknown>;
  }): void;
  mountRootParcel(
    config: object,
    props: { domElement: HTMLElement } & Record<string, unknown>,
  ): unknown;
}

export interface ShellSingleSpa extends SingleSpaApi {
  start(): void;
  navigateToUrl(url: string): void;
}

/**
 * single-spa as the shell calls it. Its typings want its own prop types; the guarded
 * lifecycles take a superset (domElement, navigate, version), hence the casts at this seam.
 */
export function shellSingleSpa(
  spa: Pick<
    typeof SingleSpa,
    'registerApplication' | 'mountRootParcel' | 'navigateToUrl' | 'start'
  >,
): ShellSingleSpa {
  return {
    registerApplication: (config) =>
      spa.registerApplication(config as unknown as SingleSpa.RegisterApplicationConfig),
    mountRootParcel: (config, props) =>
      spa.mountRootParcel(config as SingleSpa.ParcelConfig, props),
    navigateToUrl: (url) => spa.navigateToUrl(url),
    start: () => spa.start(),
  };
}
