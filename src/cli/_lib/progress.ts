import type cliProgressTypes from 'cli-progress';
import { createRequire } from 'node:module';
import type { Lang } from './lang.js';

/** cli-progress, loaded when a bar is first shown (a run with `--quiet` or without a terminal never loads it). */
let cliProgress: typeof cliProgressTypes | undefined;

/** A progress display: a bar on a terminal, nothing otherwise or with `--quiet`. */
export interface Progress {
  /** False when nothing is shown (not a terminal, `--quiet`): callers can skip work done only for the bar. */
  readonly enabled: boolean;
  start(label: string, total: number): void;
  /** Moves the bar; a `total` replaces the stage's total (an estimate made exact). */
  update(value: number, total?: number): void;
  stop(): void;
}

/** Creates the progress bar of a command, in the language of the run (labels are the caller's). */
export function createProgress(
  enabled: boolean,
  lang: Lang = 'en',
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!enabled || !stream.isTTY) return { enabled: false, start() {}, update() {}, stop() {} };
  let bar: cliProgressTypes.SingleBar | undefined;
  return {
    enabled: true,
    start(label, total) {
      bar?.stop();
      cliProgress ??= createRequire(import.meta.url)('cli-progress') as typeof cliProgressTypes;
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${label} [{bar}] {value}/{total} {percentage}% ${lang === 'zh' ? '剩余 ' : 'ETA '}{eta_formatted}`,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update(v, total) {
      if (total !== undefined && bar && bar.getTotal() !== total) bar.setTotal(total);
      bar?.update(v);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
