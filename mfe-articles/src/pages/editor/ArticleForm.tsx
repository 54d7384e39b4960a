import { useRef, useState, type FormEvent } from 'react';
import type { ArticleResponse } from '@tessera/bff-articles/contract';
import { Markdown } from '../../markdown/Markdown';
import {
  complaintsOf,
  LABELS,
  requestOf,
  type Complaints,
  type Draft,
  type FieldName,
} from './fields';
import { Field } from './Field';
import { FormAlert } from './FormAlert';
import styles from './Editor.module.css';

interface ArticleFormProps {
  initial: Draft;
  /** Existing sections, offered as suggestions. */
  sections: string[];
  /** "Publish" for a new article, "Save revision" for an existing one. */
  action: 'Publish' | 'Save revision';
  save(request: ReturnType<typeof requestOf>): Promise<ArticleResponse>;
  onSaved(answer: ArticleResponse): void;
}

const NO_COMPLAINTS: Complaints = { fields: {}, general: null };

/** The article's fields; saving sends them to the BFF and shows its verdict beside each field. */
export function ArticleForm({ initial, sections, action, save, onSaved }: ArticleFormProps) {
  const [draft, setDraft] = useState(initial);
  const [complaints, setComplaints] = useState(NO_COMPLAINTS);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  const field = (name: FieldName) => ({
    name,
    label: LABELS[name],
    value: draft[name],
    error: complaints.fields[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const answer = await save(requestOf(draft));
      setComplaints(NO_COMPLAINTS);
      onSaved(answer);
    } catch (error) {
      setComplaints(complaintsOf(error));
      requestAnimationFrame(() => alert.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-busy={busy}>
      <FormAlert ref={alert} message={complaints.general} />
      <Field {...field('title')} />
      <Field
        {...field('summary')}
        multiline="short"
        hint="One or two sentences shown under the headline."
      />
      <div className={styles.bodyField}>
        <Field
          {...field('body')}
          multiline="long"
          hint="Markdown: ## subheading, **bold**, *italic*, [link](https://…), - list."
        />
        <button
          type="button"
          className={styles.secondary}
          aria-pressed={preview}
          onClick={() => setPreview((on) => !on)}
        >
          {preview ? 'Hide preview' : 'Preview body'}
        </button>
        {preview && (
          <section aria-label="Body preview" className={styles.preview}>
            <Markdown source={draft.body} topLevel={3} />
          </section>
        )}
      </div>
      <div className={styles.row}>
        <Field
          {...field('section')}
          list="editor-sections"
          hint="An existing section or a new one, e.g. city."
        />
        <datalist id="editor-sections">
          {sections.map((section) => (
            <option key={section} value={section} />
          ))}
        </datalist>
        <Field {...field('tags')} hint="Separated by commas, e.g. harbour, transport." />
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy}>
          {action}
        </button>
        {busy && <span role="status">Saving…</span>}
      </div>
    </form>
  );
}
