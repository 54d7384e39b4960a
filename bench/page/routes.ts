/** Each route the page bench loads and the element that means its main content is on screen. */
export const ROUTES = [
  { route: '/', framework: 'react', selector: '[data-app="articles"] h2[id^="front-"]' },
  { route: '/search?q=flood', framework: 'react', selector: '[data-app="search"] h2[id^="hit-"]' },
  {
    route: '/articles/achebe-flood-plan-lowmoor',
    framework: 'react',
    selector: '[data-app="articles"] article[aria-labelledby="article-heading"]',
  },
  { route: '/login', framework: 'vue', selector: '[data-app="login"] #login-heading' },
] as const;

/** A positive integer option: `--name N` on the command line, else the environment, else `fallback`. */
export function intOption(name: string, env: string | undefined, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : env;
  const number = Number(value ?? fallback);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`--${name} must be a positive integer`);
  return number;
}

/** A string option given as `--name value`. */
export function stringOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
