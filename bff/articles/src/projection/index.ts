import { createProjection, type EventLog, type Projection } from '@tessera/log';
import type { Logger } from 'pino';
import { changeOf, type ChangeFeed } from '../changes.js';
import {
  ARTICLES_STREAM,
  applyArticleEvent,
  emptyArticles,
  type ArticlesState,
} from './articles.js';
import { USERS_STREAM, applyUserEvent, emptyUsers, type UsersState } from './users.js';

export interface ArticlesProjections {
  articles: Projection<ArticlesState>;
  users: Projection<UsersState>;
}

export interface ProjectionHooks {
  logger?: Logger;
  /** Called once per applied event, for the events-applied metric. */
  onApplied?: (stream: string) => void;
  /** Live changes go here once the articles projection has caught up (not during the rebuild). */
  changes?: ChangeFeed;
}

export function createArticlesProjections(
  log: EventLog,
  hooks: ProjectionHooks = {},
): ArticlesProjections {
  const articles: Projection<ArticlesState> = createProjection<ArticlesState>({
    log,
    stream: ARTICLES_STREAM,
    initial: emptyArticles,
    apply: (state, event) => {
      const before = state.version;
      const next = applyArticleEvent(state, event);
      hooks.onApplied?.(ARTICLES_STREAM);
      const change = articles.caughtUp ? changeOf(before, next, event) : undefined;
      if (change) hooks.changes?.publish(change);
      return next;
    },
    logger: hooks.logger,
  });
  const users = createProjection<UsersState>({
    log,
    stream: USERS_STREAM,
    initial: emptyUsers,
    apply: (state, event) => {
      const next = applyUserEvent(state, event);
      hooks.onApplied?.(USERS_STREAM);
      return next;
    },
    logger: hooks.logger,
  });
  return { articles, users };
}
