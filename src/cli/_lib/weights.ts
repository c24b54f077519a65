import { readFile } from 'node:fs/promises';
import { WeightsSchema, type Weights } from '../../schema/domain.js';
import { usageError } from './errors.js';

/** Reads `--weights`: a weight profile (`{ format: 'chainmatch-weights', weights }`) or a plain `{ feature: weight }` object. */
export async function readWeightsFile(file: string): Promise<Weights> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw usageError(`--weights ${file}: ${(e as Error).message}`);
  }
  const candidate = json && typeof json === 'object' && 'weights' in json ? (json as { weights: unknown }).weights : json;
  const parsed = WeightsSchema.safeParse(candidate);
  if (!parsed.success) throw usageError(`--weights ${file}: expected {feature: weight} with non-negative numbers`);
  return parsed.data;
}
