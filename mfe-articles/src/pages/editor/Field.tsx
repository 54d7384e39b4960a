import type { ChangeEvent, ReactNode } from 'react';
import styles from './Field.module.css';

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  multiline?: 'short' | 'long';
  list?: string;
}

/** A labelled input or textarea with its hint and, after a refused save, its error. */
export function Field({ name, label, value, onChange, error, hint, multiline, list }: FieldProps) {
  const id = `editor-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name,
    value,
    className: multiline === 'long' ? `${styles.control} ${styles.long}` : styles.control,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={multiline === 'long' ? 18 : 3} {...common} />
      ) : (
        <input type="text" list={list} {...common} />
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
