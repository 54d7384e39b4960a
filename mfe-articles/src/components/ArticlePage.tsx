import { Link } from '../routing/link';

interface ArticlePageProps {
  slug: string;
  navigate(url: string): void;
}

/** `/articles/<slug>`: one article; its text arrives with the articles BFF. */
export function ArticlePage({ slug, navigate }: ArticlePageProps) {
  return (
    <article aria-labelledby="article-heading">
      <h1 id="article-heading">Article: {slug}</h1>
      <p>This article will be shown here once the articles service is running.</p>
      <p>
        <Link href="/" navigate={navigate}>
          Back to the front page
        </Link>
      </p>
    </article>
  );
}
