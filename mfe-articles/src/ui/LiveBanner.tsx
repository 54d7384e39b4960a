import type { Change } from '@tessera/bff-articles/contract';
import { plural } from './format';
import styles from './LiveBanner.module.css';

interface LiveBannerProps {
  pending: Change[];
  onShow(): void;
}

/**
 * Says that articles were published since the page loaded. It sits in a live region that is
 * always present, so screen readers announce it when it appears.
 */
export function LiveBanner({ pending, onShow }: LiveBannerProps) {
  const newest = pending.at(-1);
  return (
    <div role="status" aria-live="polite" className={styles.region}>
      {newest && (
        <div className={styles.banner}>
          <p className={styles.text}>
            <strong>{plural(pending.length, 'new article')}</strong>
            {pending.length === 1 ? ': ' : ', the latest: '}
            {newest.title}
          </p>
          <button type="button" className={styles.show} onClick={onShow}>
            Show
          </button>
        </div>
      )}
    </div>
  );
}
