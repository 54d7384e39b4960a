import { Link } from '../routing/link';
import { ArticleList } from './ArticleList';
import { sectionLabel } from './sections';

interface SectionPageProps {
  section: string;
  navigate(url: string): void;
}

/** `/section/<name>`: one section's stories. */
export function SectionPage({ section, navigate }: SectionPageProps) {
  const label = sectionLabel(section);
  return (
    <section aria-labelledby="section-heading">
      <h1 id="section-heading">{label}</h1>
      <p>
        <Link href="/" navigate={navigate}>
          Back to the front page
        </Link>
      </p>
      <ArticleList label={`${label} articles`} />
    </section>
  );
}
