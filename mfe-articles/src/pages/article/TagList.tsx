import { Link } from '@tessera/mfe-kit/react';
import styles from './TagList.module.css';

interface TagListProps {
  tags: string[];
  navigate(url: string): void;
}

/** The article's tags, each a search for the tag (search owns `/search?q=`). */
export function TagList({ tags, navigate }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/search?q=${encodeURIComponent(tag)}`}
            navigate={navigate}
            className={styles.tag}
          >
            {tag.replace(/-/g, ' ')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
