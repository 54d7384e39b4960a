/**
 * @typedef {object} DevServerOptions
 * @property {number} port fixed per MFE (login 3101, search 3102, articles 3103)
 * @property {string} [apiTarget] the MFE's BFF, for the `/api` proxy
 */

/**
 * webpack-dev-server for one MFE: the remote plus its standalone page, with HMR. Every unknown
 * path answers with the standalone page, so deep links work. The HMR socket names this server
 * explicitly, because in `pnpm dev` the page comes from the edge, on another port.
 * @param {DevServerOptions} options
 * @returns {import('webpack-dev-server').Configuration}
 */
export function devServerConfig({ port, apiTarget }) {
  return {
    host: '127.0.0.1',
    port,
    hot: true,
    static: false,
    historyApiFallback: { index: '/standalone.html' },
    // The composed dev site (the edge) fetches the remote's files from this server.
    headers: { 'Access-Control-Allow-Origin': '*' },
    client: {
      webSocketURL: { hostname: '127.0.0.1', port, pathname: '/ws' },
      overlay: { errors: true, warnings: false, runtimeErrors: false },
    },
    proxy: apiTarget ? [{ context: ['/api'], target: apiTarget }] : [],
  };
}
