/**
 * Runs one stage of the pipeline as its own process under GNU time (`/usr/bin/time -v`), so
 * wall time, CPU time and peak memory come from the operating system's accounting of that
 * process and its children, not from inside it.
 */
import { spawnSync } from 'node:child_process';

/** What one stage cost. */
export interface StageResult {
  name: string;
  ok: boolean;
  wallSeconds: number;
  cpuSeconds: number;
  /** Peak resident memory of the largest process, in MB. */
  peakMb: number;
  /** The last lines the command printed (for the report and for failures). */
  tail: string;
}

/** Parses the "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" line of GNU time. */
export function parseElapsed(text: string): number {
  const match = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text);
  if (!match) return Number.NaN;
  return match[1]!.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Reads a numeric field of GNU time's verbose report. */
function field(text: string, name: string): number {
  const match = new RegExp(`${name.replace(/[()]/g, '\\$&')}: ([\\d.]+)`).exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** Runs `command args…` in `cwd` with `env` added; never throws (a failure is in `ok`). */
export function runStage(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): StageResult {
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1 << 28,
  });
  const report = run.stderr ?? '';
  const printed = `${run.stdout ?? ''}\n${report.slice(0, report.lastIndexOf('Command being timed'))}`.trim().split('\n');
  return {
    name,
    ok: run.status === 0,
    wallSeconds: parseElapsed(report),
    cpuSeconds: field(report, 'User time (seconds)') + field(report, 'System time (seconds)'),
    peakMb: field(report, 'Maximum resident set size (kbytes)') / 1024,
    tail: printed.slice(-6).join('\n'),
  };
}
