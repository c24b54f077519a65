/**
 * Worker thread of `chainmatch match --workers N`: scores one part of the enterprise file (see `scorePart`).
 * Messages to the main thread: `progress`, `stats` (after pass 1; the main thread answers with the merged
 * statistics), `kept` (after pass 2, per item; the main thread answers with each item's cut in the combined
 * ranking), then `matches` in slices of {@link MATCHES_PER_MESSAGE}, then `done` (with the enterprises they name,
 * when asked, and the count scored).
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { depthSafeRejected } from '../io/write.js';
import { statsFromJSON, statsToJSON } from '../match/stats.js';
import type { Ranked } from '../rank/topk.js';
import { scorePart, type PartSetup } from './part.js';

const port = parentPort!;
/** Matches per message: the clone of a slice is small, where one of them all held their copy at once. */
const MATCHES_PER_MESSAGE = 4096;
let last = 0;
const result = await scorePart(
  workerData as PartSetup,
  ({ stats, ...rest }) =>
    new Promise((resolve) => {
      port.once('message', (m: { stats: ReturnType<typeof statsToJSON> }) => resolve(statsFromJSON(m.stats)));
      // Structured cloning recurses: a rejected record nested 100,000 deep would overflow the stack.
      port.postMessage({
        type: 'stats',
        stats: statsToJSON(stats),
        ...rest,
        rejected: rest.rejected.map(depthSafeRejected),
      });
    }),
  (phase, done, total) => {
    const now = performance.now();
    if (now - last < 200 && total === undefined) return;
    last = now;
    port.postMessage({ type: 'progress', phase, done, total });
  },
  (kept) =>
    new Promise((resolve) => {
      port.once('message', (m: { cut: (Ranked | undefined)[] }) => resolve(m.cut));
      port.postMessage({ type: 'kept', kept });
    }),
);
// The matches go in slices, each dropped here once sent: neither thread holds a clone of them all at once.
const { matches, ...rest } = result;
while (matches.length) port.postMessage({ type: 'matches', matches: matches.splice(0, MATCHES_PER_MESSAGE) });
port.postMessage({ type: 'done', ...rest });
