interface EditorPageProps {
  slug: string | null;
}

/** `/editor` and `/editor/<slug>`: where editors write and revise; editing comes with the BFF. */
export function EditorPage({ slug }: EditorPageProps) {
  return (
    <section aria-labelledby="editor-heading">
      <h1 id="editor-heading">Editor</h1>
      <p>{slug ? `Revising “${slug}”.` : 'Start a new article.'}</p>
      <p>Publishing needs the articles service and an editor session.</p>
    </section>
  );
}
