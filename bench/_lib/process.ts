import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One whole `node` process: wall seconds, CPU seconds (user + sys) and peak RSS in MB, `NaN` without GNU time. */
export interface ProcessRun {
  wall: number;
  cpu: number;
  rssMb: number;
}

const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs node with `args` as a whole process: wall time from here, CPU time and peak RSS from GNU time when there is one. */
export function runNode(args: string[]): ProcessRun {
  const t0 = performance.now();
  const r = time
    ? spawnSync(time, ['-f', '%U %S %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  const [user, sys, rss] = time ? r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, cpu: user! + sys!, rssMb: rss! / 1024 };
}
