import type { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../../errors.js';

/** @internal Parses options with their schema; an `INVALID_OPTION` error lists every issue (`invalid <what> options: …`). */
export function parseOptions<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `invalid ${what} options: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      r.error.issues,
    );
  }
  return r.data;
}
