import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One line per failing node: rule, impact, what to fix and where. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}`,
    ),
  );
}

/**
 * Runs axe (every WCAG 2.x A/AA rule plus best practices) on the page as it is now and fails
 * with a readable list of what it found.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(describe(violations), `axe violations on ${page.url()}`).toEqual([]);
}
