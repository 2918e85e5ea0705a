/** The job summary: what was fetched and how long it took. Never a secret. */
import * as core from '@actions/core';
import { roundCharge } from './request-charge.ts';
import { serverText } from './sanitize.ts';

/** One step of the smoke test, as the summary shows it. */
export interface ReportedStep {
  readonly name: string;
  /** When the step started, from the start of the smoke test (steps may run in parallel). */
  readonly startMs?: number;
  readonly ms: number;
  readonly requestCharge: number;
  readonly detail: string;
}

export interface RunReport {
  readonly account: string;
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  /** auth: entra (no keys fetched): the title says what was done. */
  readonly keyless: boolean;
  /** The key operation, or 'keyless (Entra ID)'. */
  readonly operation: string;
  readonly identity: string;
  /** The credential source the run used (identity-source), once chosen. */
  readonly identitySource?: string;
  readonly principalId?: string;
  readonly outputs: readonly string[];
  readonly exported: readonly string[];
  readonly timings: ReadonlyArray<readonly [string, number]>;
  readonly smokeTest?: readonly ReportedStep[];
  readonly error?: string;
}

/** Write the summary when the runner provides GITHUB_STEP_SUMMARY (it is unset in local runs). */
export async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const rows: string[][] = [
    ['Account', report.account],
    ['Subscription', report.subscriptionId ?? '(not resolved)'],
    ['Resource group', report.resourceGroup ?? '(not resolved)'],
    ['Operation', report.operation],
    ['Identity', report.identitySource ? `${report.identity}, from ${report.identitySource}` : report.identity],
    ['Principal ID', report.principalId ?? '(unknown)'],
  ];
  if (!report.error) {
    rows.push(['Outputs set', report.outputs.join(', ')]);
    if (report.exported.length) rows.push(['Variables exported', report.exported.join(', ')]);
  }
  const keyless = report.keyless;
  const title = `${keyless ? 'Cosmos DB access (keyless)' : 'Cosmos DB keys'}: ${report.error ? 'failed' : keyless ? 'verified' : 'fetched'}`;
  const summary = core.summary.addHeading(title, 3).addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ...rows.map(([item, value]) => [item ?? '', cell(value ?? '')]),
  ]);
  // The error's first line says what is wrong and what to do; its details follow on lines of their own.
  if (report.error) summary.addRaw(`\n\n**Error:** ${report.error.split('\n').map(cell).join('<br>')}\n\n`);
  if (report.smokeTest?.length) {
    summary.addHeading('Smoke test', 4).addTable([
      [
        { data: 'Step', header: true },
        { data: 'started at (ms)', header: true },
        { data: 'took (ms)', header: true },
        { data: 'RU', header: true },
        { data: 'Result', header: true },
      ],
      ...report.smokeTest.map((s) => [
        s.name,
        s.startMs === undefined ? '' : `+${Math.round(s.startMs)}`,
        String(Math.round(s.ms)),
        String(roundCharge(s.requestCharge)),
        cell(s.detail),
      ]),
    ]);
  }
  if (report.timings.length) {
    summary.addTable([
      [
        { data: 'Step', header: true },
        { data: 'ms', header: true },
      ],
      ...report.timings.map(([step, ms]) => [step, String(Math.round(ms))]),
    ]);
  }
  try {
    await summary.write();
  } catch {
    core.warning('Could not write the job summary.');
  }
}

/**
 * Text for the summary, which GitHub renders as Markdown with HTML: sanitised as server text (one
 * line, so nothing breaks out of a table cell; no secret), then every character that HTML or
 * Markdown gives a meaning to written as an entity, so a link, an image or a tag shows as text.
 */
function cell(text: string): string {
  // ':' and '@' too, and the dot of "www.": Markdown makes links of URLs, addresses and www. names.
  return serverText(text, 1000)
    .replace(/[&<>"'`[\]()!*_~|#\\:@]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`);
}
