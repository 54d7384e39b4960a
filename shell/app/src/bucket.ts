/** The user's sticky canary bucket (0-99) from the `tessera_bucket` cookie the edge sets. */
export function parseBucket(cookie: string): number | undefined {
  const match = /(?:^|;\s*)tessera_bucket=(\d{1,2})(?:;|$)/.exec(cookie);
  return match ? Number(match[1]) : undefined;
}
