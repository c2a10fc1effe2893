/**
 * A Chromium trace of one page (CDP Tracing on the page's session), and what the benchmark
 * reads from it: every task of the page's main thread, when the content script started, and the
 * trace time of the page's sync mark (to map page time onto the trace clock).
 */
import type { CDPSession, Page } from 'playwright-core';
import { SYNC_MARK } from './page-scripts';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; startTime?: number; message?: string } };
};

export type PageTrace = { stop(): Promise<TraceEvent[]> };

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // The compositor's DrawFrame: when a committed frame is drawn (on screen).
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
];

export async function startTrace(page: Page): Promise<PageTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => {
    for (const e of event.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return {
    async stop() {
      const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
      await cdp.send('Tracing.end');
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([complete, new Promise((done) => (timer = setTimeout(done, 30_000)))]);
      clearTimeout(timer);
      await cdp.detach().catch(() => undefined);
      return events;
    },
  };
}

export type TraceFacts = {
  /** Trace time (µs) of page time 0: trace µs = origin + pageMs * 1000. */
  origin: number;
  /** Start of the content script's evaluation (trace µs), if it ran in this page. */
  contentScriptStart: number | null;
  /** Main-thread tasks [start µs, duration µs, CPU time µs]. */
  tasks: Array<[number, number, number]>;
  /** Ends of the main thread's commits to the compositor (µs), in order. */
  commitEnds: number[];
  /** The page's compositor draws (µs), in order. */
  draws: number[];
};

/** Reads a page trace; `syncPageMs` is the page time of the SYNC_MARK mark. */
export function traceFacts(events: TraceEvent[], syncPageMs: number): TraceFacts {
  const sync = events.find((e) => e.name === SYNC_MARK && e.cat.includes('user_timing'));
  if (!sync) throw new Error(`No ${SYNC_MARK} mark in the trace.`);
  const onMain = (e: TraceEvent) => e.pid === sync.pid && e.tid === sync.tid;
  const script = events.find(
    (e) =>
      onMain(e) && e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').includes('/content-scripts/content.js'),
  );
  const tasks: Array<[number, number, number]> = events
    .filter((e) => onMain(e) && e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
    .map((e) => [e.ts, e.dur!, e.tdur ?? e.dur!]);
  const commitEnds = events
    .filter((e) => onMain(e) && e.name === 'Commit' && e.ph === 'X')
    .map((e) => e.ts + (e.dur ?? 0))
    .sort((a, b) => a - b);
  const draws = events
    .filter((e) => e.pid === sync.pid && e.name === 'DrawFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return { origin: sync.ts - syncPageMs * 1000, contentScriptStart: script?.ts ?? null, tasks, commitEnds, draws };
}

/**
 * When the frame whose main-thread update began at `frameStart` (trace µs, e.g. the time of its
 * requestAnimationFrame callbacks) was drawn: the compositor's first draw after that update's
 * commit. Null when the trace holds neither.
 */
export function frameDrawnAt(facts: TraceFacts, frameStart: number): number | null {
  const commit = facts.commitEnds.find((end) => end >= frameStart);
  if (commit === undefined) return null;
  return facts.draws.find((draw) => draw >= commit) ?? null;
}

/** Main-thread CPU time (ms) of the tasks that start in [from, to] (trace µs). */
export function cpuBetweenMs(facts: TraceFacts, from: number, to: number): number {
  let sum = 0;
  for (const task of facts.tasks) {
    if (task[0] >= from && task[0] <= to) sum += task[2];
  }
  return sum / 1000;
}

/**
 * The longest main-thread task (ms) that overlaps [from, to] (trace µs): by wall time, or by
 * the main thread's CPU time (on a shared, loaded machine a task's wall time includes the time
 * the thread waited for a core).
 */
export function longestTaskMs(facts: TraceFacts, from: number, to: number, options: { cpu?: boolean } = {}): number {
  let longest = 0;
  for (const task of facts.tasks) {
    const [start, dur, cpu] = task;
    if (start + dur >= from && start <= to) longest = Math.max(longest, options.cpu ? cpu : dur);
  }
  return longest / 1000;
}
