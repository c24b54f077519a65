import { Piscina } from 'piscina';

/**
 * Runs `fn` over batches in a worker pool, at most `2 × threads` batches in flight (bounded memory),
 * handing each result to `onResult` with its batch. Results may arrive in any order; callers combine
 * them with order-independent operations (integer sums, heaps with a total order).
 */
export async function runBatches<T, R>(
  opts: { threads: number; filename: string; workerData: unknown; name: string },
  batches: AsyncIterable<T[]>,
  onResult: (batch: T[], result: R) => void,
): Promise<void> {
  const pool = new Piscina({ filename: opts.filename, workerData: opts.workerData, minThreads: opts.threads, maxThreads: opts.threads });
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const batch of batches) {
      const p: Promise<void> = pool.run(batch, { name: opts.name }).then((r: R) => {
        inFlight.delete(p);
        onResult(batch, r);
      });
      inFlight.add(p);
      if (inFlight.size >= opts.threads * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.destroy();
  }
}

/** Groups an async stream into arrays of `size`. */
export async function* batched<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const x of source) {
    batch.push(x);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
