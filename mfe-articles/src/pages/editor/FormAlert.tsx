import { forwardRef } from 'react';
import styles from './Editor.module.css';

/** The form's summary of what went wrong; takes focus after a refused save. */
export const FormAlert = forwardRef<HTMLDivElement, { message: string | null }>(function FormAlert(
  { message },
  ref,
) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={message ? styles.alert : undefined}>
      {message}
    </div>
  );
});
