import cliProgress from 'cli-progress';

/** A progress display: a bar on a terminal, nothing otherwise or with `--quiet`. */
export interface Progress {
  start(label: string, total: number): void;
  update(value: number): void;
  stop(): void;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return { start() {}, update() {}, stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(label, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        { stream, format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted}`, hideCursor: true, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update: (v) => bar?.update(v),
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
