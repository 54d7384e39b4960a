import type { CommandContext } from './commands.js';
import { appendDeploys, liveEntry, readDeploys } from './deploys.js';
import { DeployError } from './errors.js';
import { step } from './step.js';

// The commands that only read the deploys stream or append to it: no build, no upload, no check.

export async function rollbackCommand(ctx: CommandContext, app: string) {
  const view = await step(ctx.out, 'read the deploys stream', () => readDeploys(ctx.log));
  const entry = liveEntry(view, app);
  if (!entry.previous) {
    throw new DeployError(
      'DEPLOY_010',
      `${app} has no previous version to roll back to (current is ${entry.current.version}).`,
    );
  }
  const data = {
    app,
    fromVersion: entry.current.version,
    toVersion: entry.previous.version,
    actor: ctx.actor,
  };
  const revision = await step(ctx.out, `roll back to ${data.toVersion}`, () =>
    appendDeploys(ctx.log, [{ type: 'deploy.rolled-back', key: app, data }], view.head),
  );
  ctx.out(
    `${app} is back on ${data.toVersion} (revision ${revision}); ${data.fromVersion} stays uploaded.`,
  );
}

export async function promoteCommand(ctx: CommandContext, app: string) {
  const view = await step(ctx.out, 'read the deploys stream', () => readDeploys(ctx.log));
  const canary = liveEntry(view, app).canary;
  if (!canary) {
    throw new DeployError(
      'DEPLOY_010',
      `${app} has no canary to promote. Start one: pnpm tessera deploy ${app} --canary 10`,
    );
  }
  const data = { app, version: canary.version, actor: ctx.actor };
  const revision = await step(ctx.out, `promote ${canary.version}`, () =>
    appendDeploys(ctx.log, [{ type: 'deploy.canary-promoted', key: app, data }], view.head),
  );
  ctx.out(`${app}@${canary.version} is live for everyone (revision ${revision}).`);
}

export async function statusCommand(ctx: CommandContext) {
  const { head, registry } = await readDeploys(ctx.log);
  if (head === 0) {
    ctx.out('Nothing is deployed yet. Publish the built apps: pnpm tessera publish');
    return;
  }
  ctx.out(`Registry revision ${head}`);
  for (const [name, entry] of Object.entries(registry.apps)) {
    const canary = entry.canary
      ? `  canary ${entry.canary.version} at ${entry.canary.percent}%`
      : '';
    ctx.out(
      `  ${name.padEnd(18)} current ${entry.current.version.padEnd(20)} previous ${(entry.previous?.version ?? '-').padEnd(20)}${canary}`,
    );
  }
}

export async function historyCommand(ctx: CommandContext, app: string) {
  const { events } = await readDeploys(ctx.log);
  const mine = events.filter((e) => (e.data as { app: string }).app === app);
  if (mine.length === 0) {
    ctx.out(`No deploy events for ${app}.`);
    return;
  }
  for (const event of mine) {
    const data = event.data as Record<string, unknown>;
    const what =
      event.type === 'deploy.rolled-back'
        ? `${String(data.fromVersion)} → ${String(data.toVersion)}`
        : `${String(data.version)}${data.percent ? ` at ${String(data.percent)}%` : ''}`;
    const reason = data.reason ? ` (${String(data.reason)})` : '';
    ctx.out(
      `  #${String(event.offset).padEnd(5)} ${event.time}  ${event.type.padEnd(24)} ${what}  by ${String(data.actor)}${reason}`,
    );
  }
}
