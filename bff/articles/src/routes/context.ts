import type { SessionVerifier } from '@tessera/kit';
import type { Projection } from '@tessera/log';
import type { ChangeFeed } from '../changes.js';
import type { ArticlesState } from '../projection/articles.js';
import type { OrderedArticles } from '../projection/ordered.js';
import type { UsersState } from '../projection/users.js';
import type { Views } from '../views.js';
import type { Writer } from '../writes.js';

/** What the route plugins share, built once by createArticlesBff. */
export interface RouteContext {
  articles: Projection<ArticlesState>;
  users: Projection<UsersState>;
  ordered: () => OrderedArticles;
  views: Views;
  writer: Writer;
  verifier: SessionVerifier;
  changes: ChangeFeed;
  /** Comment lines on the event stream this often keep proxies from closing it (default 15 s). */
  heartbeatMs: number;
}
