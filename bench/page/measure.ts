// One cold page load under throttling, observed through the Chrome DevTools Protocol: when the
// route's main content shows, what was downloaded (encoded bytes, encodings, frameworks) and how
// deep the chain of sequential requests before it was.
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { contentProbe, contentTime, openThrottledPage } from './throttle.js';

interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface Request {
  id: string;
  url: string;
  initiator: Initiator;
  start: number;
  end?: number;
  type?: string;
  mimeType?: string;
  status?: number;
  encoding?: string;
  bodyBytes: number;
  transferBytes?: number;
}

export interface LoadResult {
  /** ms from navigation start to the frame that first shows the content selector. */
  timeToContentMs: number;
  /** Script bytes on the wire (encoded body), everything the route loaded until the network went quiet. */
  jsBytes: number;
  jsBytesBeforeContent: number;
  /**
   * The same scripts' size in gzip (level 9, as the edge serves `.gz` siblings to clients without
   * brotli): what the issue's JS budget is stated in.
   */
  jsGzipBytes: number;
  /**
   * Gzip bytes of the scripts requested before the content showed: the "first-route JS",
   * what the 100 KB budget is judged on. Scripts requested later (the header parcels) are in
   * `jsGzipBytes` only.
   */
  jsGzipBytesBeforeContent: number;
  cssBytes: number;
  totalBytes: number;
  requests: number;
  requestsBeforeContent: number;
  /** Longest initiator chain of static requests (document = 1) started before the content showed. */
  depth: number;
  /** The same, counting API calls too. */
  depthWithApi: number;
  chain: string[];
  frameworks: { react: boolean; vue: boolean };
  /** Text responses over 1 KB sent without gzip/br/zstd. */
  uncompressed: string[];
  /** The same for `/api/...` answers (BFF JSON through the edge's proxy). */
  uncompressedApi: string[];
  encodings: Record<string, number>;
  /** Every request: path, resource type, encoded body bytes, encoding, start/end in ms from navigation. */
  waterfall: {
    path: string;
    type: string;
    bytes: number;
    encoding: string;
    startMs: number;
    endMs: number;
  }[];
}

const TEXT = /^(text\/|application\/(javascript|json|problem\+json|manifest\+json|xml)|image\/svg)/;
const REACT = /react\.transitional\.element|__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS/;
const VUE = /__v_isRef|__v_skip/;

function header(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

function initiatorUrl(initiator: Initiator): string | undefined {
  if (initiator.url) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return undefined;
}

/**
 * Follows the page's requests. An EventSource (the articles' live feed) stays open for the
 * page's life, so it never counts as pending and its messages are not activity: otherwise every
 * page that opens one would wait the whole deadline for a quiet network.
 */
function watchNetwork(cdp: CDPSession) {
  const requests = new Map<string, Request>();
  const streams = new Set<string>();
  let lastActivity = Date.now();
  let pending = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    const stream = e.type === 'EventSource';
    if (stream) streams.add(e.requestId);
    else lastActivity = Date.now();
    if (e.redirectResponse) return;
    if (!stream) pending++;
    requests.set(e.requestId, {
      id: e.requestId,
      url: e.request.url,
      initiator: e.initiator as Initiator,
      start: e.timestamp,
      type: e.type,
      bodyBytes: 0,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const request = requests.get(e.requestId);
    if (!request) return;
    request.type = e.type;
    request.mimeType = e.response.mimeType;
    request.status = e.response.status;
    request.encoding = header(e.response.headers, 'content-encoding');
  });
  cdp.on('Network.dataReceived', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.bodyBytes += e.encodedDataLength;
    if (!streams.has(e.requestId)) lastActivity = Date.now();
  });
  const done = (e: { requestId: string; timestamp: number; encodedDataLength?: number }) => {
    if (streams.has(e.requestId)) return;
    const request = requests.get(e.requestId);
    if (request && request.end === undefined) {
      request.end = e.timestamp;
      request.transferBytes = e.encodedDataLength ?? 0;
      pending--;
    }
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', (e) => done({ ...e, encodedDataLength: 0 }));
  return {
    requests,
    async quiet(quietMs: number, maxMs: number) {
      const deadline = Date.now() + maxMs;
      while (Date.now() < deadline) {
        if (pending <= 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

function depths(requests: Request[], before: number) {
  const byUrl = new Map<string, Request>();
  for (const request of requests) if (!byUrl.has(request.url)) byUrl.set(request.url, request);
  const memo = new Map<string, string[]>();
  const chainOf = (request: Request, seen = new Set<string>()): string[] => {
    const known = memo.get(request.id);
    if (known) return known;
    const parentUrl = initiatorUrl(request.initiator);
    const parent = parentUrl === undefined ? undefined : byUrl.get(parentUrl);
    const chain =
      parent && parent !== request && !seen.has(parent.id)
        ? [...chainOf(parent, new Set([...seen, request.id])), request.url]
        : [request.url];
    memo.set(request.id, chain);
    return chain;
  };
  let depth: string[] = [];
  let withApi: string[] = [];
  for (const request of requests) {
    if (request.start > before) continue;
    const chain = chainOf(request);
    const api = new URL(request.url).pathname.startsWith('/api/');
    if (!api && chain.length > depth.length) depth = chain;
    if (chain.length > withApi.length) withApi = chain;
  }
  return { depth, withApi };
}

export async function loadOnce(
  browser: Browser,
  url: string,
  selector: string,
): Promise<LoadResult> {
  const { context, page, cdp } = await openThrottledPage(browser);
  try {
    const network = watchNetwork(cdp);
    await page.addInitScript({ content: contentProbe(selector) });
    await page.goto(url, { waitUntil: 'commit' });
    const contentAt = await contentTime(cdp);
    await network.quiet(1000, 15_000);

    const requests = [...network.requests.values()];
    const document = requests[0]!;
    const contentTs = document.start + contentAt / 1000;
    const scripts = requests.filter((r) => r.type === 'Script');
    const frameworks = { react: false, vue: false };
    let jsGzipBytes = 0;
    let jsGzipBytesBeforeContent = 0;
    for (const script of scripts) {
      const body = await cdp
        .send('Network.getResponseBody', { requestId: script.id })
        .then((r) => (r.base64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body))
        .catch(() => '');
      const gzipBytes = gzipSync(body, { level: 9 }).length;
      jsGzipBytes += gzipBytes;
      if (script.start <= contentTs) jsGzipBytesBeforeContent += gzipBytes;
      if (REACT.test(body)) frameworks.react = true;
      if (VUE.test(body)) frameworks.vue = true;
    }
    const encodings: Record<string, number> = {};
    const uncompressed: string[] = [];
    const uncompressedApi: string[] = [];
    for (const request of requests) {
      if (!request.mimeType || !TEXT.test(request.mimeType) || request.status === 304) continue;
      const encoding = request.encoding ?? 'identity';
      encodings[encoding] = (encodings[encoding] ?? 0) + 1;
      if (encoding === 'identity' && request.bodyBytes > 1024) {
        const path = new URL(request.url).pathname;
        (path.startsWith('/api/') ? uncompressedApi : uncompressed).push(
          `${path} (${request.bodyBytes} B)`,
        );
      }
    }
    const sum = (list: Request[]) => list.reduce((total, r) => total + r.bodyBytes, 0);
    const { depth, withApi } = depths(requests, contentTs);
    return {
      timeToContentMs: contentAt,
      jsBytes: sum(scripts),
      jsBytesBeforeContent: sum(scripts.filter((r) => r.start <= contentTs)),
      jsGzipBytes,
      jsGzipBytesBeforeContent,
      cssBytes: sum(requests.filter((r) => r.type === 'Stylesheet')),
      totalBytes: sum(requests),
      requests: requests.length,
      requestsBeforeContent: requests.filter((r) => r.start <= contentTs).length,
      depth: depth.length,
      depthWithApi: withApi.length,
      chain: withApi.map((u) => new URL(u).pathname),
      frameworks,
      uncompressed,
      uncompressedApi,
      encodings,
      waterfall: requests.map((r) => ({
        path: new URL(r.url).pathname,
        type: r.type ?? '?',
        bytes: r.bodyBytes,
        encoding: r.encoding ?? 'identity',
        startMs: Math.round((r.start - document.start) * 1000),
        endMs: Math.round(((r.end ?? r.start) - document.start) * 1000),
      })),
    };
  } finally {
    await context.close();
  }
}
