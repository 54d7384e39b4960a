import { useContentShown } from '@tessera/mfe-kit/react';
import { Link } from '@tessera/mfe-kit/react';
import { PageHeading } from '../ui/PageHeading';

interface NotFoundProps {
  navigate(url: string): void;
}

/** Shown only outside the shell (the standalone page), which mounts the app on any path. */
export function NotFound({ navigate }: NotFoundProps) {
  useContentShown(true);
  return (
    <section aria-labelledby="not-found-heading">
      <PageHeading id="not-found-heading">Not an articles page</PageHeading>
      <p>
        <Link href="/" navigate={navigate}>
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
