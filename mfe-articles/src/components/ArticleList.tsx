import styles from './ArticleList.module.css';

interface ArticleListProps {
  label: string;
}

const PLACEHOLDER_COUNT = 3;

/**
 * The list stories will fill. Until the articles BFF answers, it holds placeholders that say so,
 * so the page's layout is already the real one.
 */
export function ArticleList({ label }: ArticleListProps) {
  return (
    <ul className={styles.list} aria-label={label}>
      {Array.from({ length: PLACEHOLDER_COUNT }, (_, index) => (
        <li key={index} className={styles.placeholder}>
          <span className={styles.title}>Story to come</span>
          <span className={styles.note}>Published articles will appear here.</span>
        </li>
      ))}
    </ul>
  );
}
