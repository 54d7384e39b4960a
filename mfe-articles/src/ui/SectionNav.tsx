import { Link } from '@tessera/mfe-kit/react';
import { sectionLabel } from './format';
import styles from './SectionNav.module.css';

interface SectionNavProps {
  sections: { section: string }[];
  current?: string;
  navigate(url: string): void;
}

/** The newsroom's sections as a row of links; the current one is marked for assistive tech. */
export function SectionNav({ sections, current, navigate }: SectionNavProps) {
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className={styles.nav}>
      <ul className={styles.list}>
        {sections.map(({ section }) => (
          <li key={section}>
            <Link
              href={`/section/${section}`}
              navigate={navigate}
              className={styles.link}
              current={section === current ? 'page' : undefined}
            >
              {sectionLabel(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
