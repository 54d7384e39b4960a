import styles from './AppError.module.css';

interface AppErrorProps {
  error: Error;
}

/** What the app shows when one of its components throws while rendering. */
export function AppError({ error }: AppErrorProps) {
  return (
    <p role="alert" className={styles.alert}>
      Articles are unavailable: {error.message}
    </p>
  );
}
