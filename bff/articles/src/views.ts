import type {
  ArticleResponse,
  ArticleSummary,
  FrontPage,
  PageInfo,
  Person,
  RevisionResponse,
  SectionList,
  SectionPage,
} from './contract/index.js';
import { currentRevision, type ArticleRecord } from './projection/articles.js';
import type { OrderedArticles } from './projection/ordered.js';
import type { UsersState } from './projection/users.js';

/** Turns projection records into the contract's response shapes. */
export interface Views {
  summary(article: ArticleRecord): ArticleSummary;
  article(article: ArticleRecord): ArticleResponse;
  revision(article: ArticleRecord, n: number): RevisionResponse | undefined;
  frontPage(ordered: OrderedArticles, q: FrontPageOptions): FrontPage;
  sectionList(ordered: OrderedArticles): SectionList;
  sectionPage(section: string, list: ArticleRecord[], q: PageOptions): SectionPage;
}

export interface PageOptions {
  page: number;
  pageSize: number;
}

export interface FrontPageOptions extends PageOptions {
  perSection: number;
}

function paging(total: number, { page, pageSize }: PageOptions): PageInfo {
  return { page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
}

function pageOf<T>(items: T[], { page, pageSize }: PageOptions): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

export function createViews(users: () => UsersState): Views {
  const person = (id: string): Person => ({
    id,
    displayName: users().byId.get(id)?.displayName ?? null,
  });

  const summary = (article: ArticleRecord): ArticleSummary => {
    const { section, title, summary: text, tags, time, n } = currentRevision(article);
    return {
      slug: article.slug,
      section,
      title,
      summary: text,
      tags,
      author: person(article.authorId),
      publishedAt: article.revisions[0]!.time,
      updatedAt: time,
      revision: n,
    };
  };

  return {
    summary,
    article: (article) => ({
      article: { ...summary(article), body: currentRevision(article).body },
      revisions: article.revisions.map(({ n, time, editorId, title }) => ({
        n,
        time,
        editor: person(editorId),
        title,
      })),
    }),
    revision(article, n) {
      const found = article.revisions[n - 1];
      if (!found) return undefined;
      const { editorId, ...fields } = found;
      return {
        slug: article.slug,
        latest: article.revisions.length,
        editor: person(editorId),
        ...fields,
      };
    },
    frontPage(ordered, q) {
      const lead = ordered.all[0];
      const groups = [...ordered.bySection].map(([section, list]) => ({
        section,
        count: list.length,
        articles: list
          .slice(0, q.perSection + 1)
          .filter((article) => article !== lead)
          .slice(0, q.perSection)
          .map(summary),
      }));
      return {
        lead: lead ? summary(lead) : null,
        sections: pageOf(groups, q),
        paging: paging(groups.length, q),
      };
    },
    sectionList: (ordered) => ({
      sections: [...ordered.bySection].map(([section, list]) => ({
        section,
        count: list.length,
        latestAt: list[0]!.revisions[0]!.time,
      })),
    }),
    sectionPage: (section, list, q) => ({
      section,
      articles: pageOf(list, q).map(summary),
      paging: paging(list.length, q),
    }),
  };
}
