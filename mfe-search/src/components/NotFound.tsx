import { Link } from '@tessera/mfe-kit/react';

interface NotFoundProps {
  navigate(url: string): void;
}

/** Shown only outside the shell (the standalone page), which mounts the app on any path. */
export function NotFound({ navigate }: NotFoundProps) {
  return (
    <section>
      <h1>Not a search page</h1>
      <p>
        <Link href="/search" navigate={navigate}>
          Go to search
        </Link>
      </p>
    </section>
  );
}
