import { Link } from '../routing/link';
import { ArticleList } from './ArticleList';
import { SECTIONS } from './sections';
import styles from './FrontPage.module.css';

interface FrontPageProps {
  navigate(url: string): void;
}

/** `/`: the sections and the latest stories. */
export function FrontPage({ navigate }: FrontPageProps) {
  return (
    <section aria-labelledby="front-heading">
      <h1 id="front-heading">Front page</h1>
      <nav aria-label="Sections">
        <ul className={styles.sections}>
          {SECTIONS.map((section) => (
            <li key={section.slug}>
              <Link href={`/section/${section.slug}`} navigate={navigate}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ArticleList label="Latest articles" />
    </section>
  );
}
