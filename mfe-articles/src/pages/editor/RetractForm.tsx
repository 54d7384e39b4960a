import { useRef, useState, type FormEvent } from 'react';
import { complaintsOf, type Complaints } from './fields';
import { FormAlert } from './FormAlert';
import styles from './Editor.module.css';

interface RetractFormProps {
  retract(reason: string): Promise<unknown>;
  onRetracted(): void;
}

/** Takes the article off the site, with the reason readers will see. */
export function RetractForm({ retract, onRetracted }: RetractFormProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Complaints>({ fields: {}, general: null });
  const [busy, setBusy] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await retract(reason);
      onRetracted();
    } catch (error) {
      setProblem(complaintsOf(error));
      requestAnimationFrame(() => alert.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.retract}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="retract-heading"
    >
      <h2 id="retract-heading" className={styles.retractTitle}>
        Retract this article
      </h2>
      <p className={styles.hint}>
        Retracting removes the article from the site. Readers who follow a link see the reason.
      </p>
      <FormAlert ref={alert} message={problem.general} />
      <label htmlFor="retract-reason" className={styles.label}>
        Reason for retraction
      </label>
      <textarea
        id="retract-reason"
        rows={2}
        value={reason}
        className={styles.reason}
        aria-invalid={problem.fields.reason ? true : undefined}
        aria-describedby={problem.fields.reason ? 'retract-reason-error' : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {problem.fields.reason && (
        <p id="retract-reason-error" className={styles.error}>
          {problem.fields.reason}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.danger} disabled={busy}>
          Retract
        </button>
      </div>
    </form>
  );
}
