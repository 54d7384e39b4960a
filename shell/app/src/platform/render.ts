import { h, table } from './dom.js';
import { formatCount, formatDuration, formatPercent, formatTime } from './format.js';
import type { PlatformData } from './platform-data.js';

type History = PlatformData['history'][number];

const KIND_LABELS: Record<string, string> = {
  activated: 'Activated',
  'rolled-back': 'Rolled back',
  'canary-started': 'Canary started',
  'canary-promoted': 'Canary promoted',
  'canary-aborted': 'Canary aborted',
};

function appsTable(doc: Document, apps: PlatformData['apps']): HTMLElement {
  return table(doc, {
    caption: 'Versions live now',
    testid: 'platform-apps',
    head: ['App', 'Current', 'Previous', 'Canary'],
    rows: apps.map((app) => ({
      attributes: { 'data-app': app.name },
      cells: [
        app.name,
        app.current,
        app.previous ?? '—',
        app.canary ? `${app.canary.version} (${app.canary.percent}% of browsers)` : '—',
      ],
    })),
  });
}

function kindOf(record: History): string {
  const label = KIND_LABELS[record.kind] ?? record.kind;
  const percent = record.percent === undefined ? '' : ` (${record.percent}%)`;
  const reason = record.reason ? `: ${record.reason}` : '';
  return `${label}${percent}${reason}`;
}

function commitOf(doc: Document, record: History): Node | string {
  if (!record.commit) return '—';
  const { sha, time } = record.commit;
  return h(doc, 'abbr', { title: `${sha}, committed ${formatTime(time)}` }, sha.slice(0, 7));
}

function historyTable(doc: Document, data: PlatformData): HTMLElement {
  const shown = data.history.length;
  return table(doc, {
    caption: `Deploy events, newest first (${shown} of ${data.historyTotal})`,
    testid: 'platform-history',
    head: ['Time', 'App', 'Event', 'Version', 'By', 'Commit'],
    rows: data.history.map((record) => ({
      attributes: { 'data-kind': record.kind, 'data-app': record.app },
      cells: [
        h(doc, 'time', { datetime: record.time }, formatTime(record.time)),
        record.app,
        kindOf(record),
        record.fromVersion ? `${record.fromVersion} → ${record.version}` : record.version,
        record.actor,
        commitOf(doc, record),
      ],
    })),
  });
}

function metric(doc: Document, id: string, term: string, value: string, note: string) {
  return h(
    doc,
    'div',
    { class: 't-platform__metric', 'data-metric': id },
    h(doc, 'dt', {}, term),
    h(doc, 'dd', { class: 't-platform__value' }, value),
    h(doc, 'dd', { class: 't-platform__note' }, note),
  );
}

function metricsList(doc: Document, metrics: PlatformData['metrics']): HTMLElement {
  const { deployFrequency: frequency, leadTime, changeFailRate: fail, timeToRestore } = metrics;
  return h(
    doc,
    'dl',
    { class: 't-platform__metrics' },
    metric(
      doc,
      'deploy-frequency',
      'Deploy frequency',
      `${formatCount(frequency.perWeek)} / week`,
      `${frequency.deploys} deploys (activations and canary starts), ${formatCount(frequency.perDay)} a day`,
    ),
    metric(
      doc,
      'lead-time',
      'Lead time',
      formatDuration(leadTime.medianMs),
      `median from commit to activation, over ${leadTime.samples} activations with a known commit`,
    ),
    metric(
      doc,
      'change-fail-rate',
      'Change-fail rate',
      formatPercent(fail.rate),
      `${fail.failures} rollbacks and canary aborts per ${fail.deploys} deploys`,
    ),
    metric(
      doc,
      'time-to-restore',
      'Time to restore',
      formatDuration(timeToRestore.medianMs),
      `median from a failed version going live to its rollback or abort, over ${timeToRestore.samples}`,
    ),
  );
}

/** The whole page: versions, delivery metrics over the stated window, deploy history. */
export function renderPlatform(doc: Document, data: PlatformData): HTMLElement {
  const { window } = data.metrics;
  return h(
    doc,
    'div',
    { class: 't-platform__body' },
    h(doc, 'p', {}, `Registry revision ${data.revision}.`),
    h(doc, 'h2', {}, 'Apps'),
    data.apps.length ? appsTable(doc, data.apps) : h(doc, 'p', {}, 'No app is deployed yet.'),
    h(doc, 'h2', {}, 'Delivery metrics'),
    h(
      doc,
      'p',
      { 'data-testid': 'platform-window' },
      `Over the last ${window.days} days: ${formatTime(window.from)} to ${formatTime(window.to)}.`,
    ),
    metricsList(doc, data.metrics),
    h(doc, 'h2', {}, 'Deploy history'),
    data.history.length ? historyTable(doc, data) : h(doc, 'p', {}, 'No deploy events yet.'),
  );
}
