import { Link } from '../routing/link';

interface NotFoundProps {
  navigate(url: string): void;
}

/** Shown only outside the shell (the standalone page), which mounts the app on any path. */
export function NotFound({ navigate }: NotFoundProps) {
  return (
    <section>
      <h1>Not an articles page</h1>
      <p>
        <Link href="/" navigate={navigate}>
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
