/**
 * The figures at the end of `npm test`: tests passed per suite, content-script size against its
 * budget, the permissions asked for, and the headline figures of the benchmark smoke run. Each
 * reads what its step left behind (vitest JSON reports, the built manifests, the bench summary),
 * so a step that did not run shows no figure rather than a stale one.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILDS, describeSize, measureContentScripts } from './check-bundle';
import { requestedPermissions, webAccessibleResources, type Manifest } from './check-manifest';

/** Where the steps leave their reports: emptied at the start of every run. */
export const REPORT_DIR = 'tmp/checks';
/** Written by `scripts/bench.ts --smoke`: suite name → figure name → value. */
export const BENCH_SMOKE_SUMMARY = 'tmp/bench-smoke.json';

export function clearReports(): void {
  rmSync(REPORT_DIR, { recursive: true, force: true });
  rmSync(BENCH_SMOKE_SUMMARY, { force: true });
}

/** Vitest arguments that also write a JSON report for the summary. */
export function vitestReportArgs(name: string): string[] {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${join(REPORT_DIR, `${name}.json`)}`];
}

type VitestReport = {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
};

/** How much of a failure's message the summary repeats: its first line, cut to this length. */
const FAILURE_LINE_LIMIT = 240;

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > FAILURE_LINE_LIMIT ? `${line.slice(0, FAILURE_LINE_LIMIT)}…` : line;
}

/**
 * One line per failed test (file, name, first line of its error), so that a run whose log is
 * only seen in part, as CI's is, still says what failed. A file that failed to load has no
 * test results and is named with its own message.
 */
export function vitestFailures(report: VitestReport): string[] {
  return report.testResults.flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    const where = relative(process.cwd(), file.name);
    if (failed.length === 0) return file.message ? [`failed ${where}: ${firstLine(file.message)}`] : [];
    return failed.map(
      (test) => `failed ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0] ?? 'no message')}`,
    );
  });
}

/** "412 passed of 412 in 31 files", from a vitest JSON report. */
export function vitestFigures(name: string): string[] {
  const path = join(REPORT_DIR, `${name}.json`);
  if (!existsSync(path)) return [];
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  const skipped = report.numPendingTests + report.numTodoTests;
  return [
    `${report.numPassedTests} passed of ${report.numTotalTests} in ${report.testResults.length} files` +
      (report.numFailedTests ? `, ${report.numFailedTests} failed` : '') +
      (skipped ? `, ${skipped} skipped` : ''),
    ...vitestFailures(report),
  ];
}

export function bundleFigures(): string[] {
  return BUILDS.filter((build) => existsSync(join('.output', build, 'manifest.json'))).map((build) =>
    describeSize(measureContentScripts('.output', build)),
  );
}

export function manifestFigures(): string[] {
  return BUILDS.filter((build) => existsSync(join('.output', build, 'manifest.json'))).map((build) => {
    const manifest = JSON.parse(readFileSync(join('.output', build, 'manifest.json'), 'utf8')) as Manifest;
    return (
      `${build.padEnd(12)} permissions: ${requestedPermissions(manifest).join(', ') || 'none'}; ` +
      `web-accessible resources: ${webAccessibleResources(manifest).join(', ') || 'none'}`
    );
  });
}

/** The figures worth a line in the summary; the bench's own output has all of them. */
const HEADLINE =
  /^(matcher\/floor, (median|smoke)|keystroke_p95_ms$|recall_mean$|index_load_ms$|page\.[^.]+\.(speedupVsMarkjs|extensionXFloor|cardAfterDwellMs)$)/;

export function benchFigures(): string[] {
  if (!existsSync(BENCH_SMOKE_SUMMARY)) return [];
  const suites = JSON.parse(readFileSync(BENCH_SMOKE_SUMMARY, 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.entries(suites).map(([suite, figures]) => {
    const entries = Object.entries(figures);
    const headline = entries.filter(([key]) => HEADLINE.test(key));
    const shown = (headline.length ? headline : entries.slice(0, 2)).map(([key, value]) => `${key} ${String(value)}`);
    return `${suite}: ${shown.join(', ')}`;
  });
}
