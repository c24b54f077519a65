import { PROFILE_FORMAT, loadProfile, type MatcherDescription } from '../../eval/profile.js';
import { createMatcher, type MatcherOptions } from '../../match/matcher.js';
import { WeightsSchema, type Weights } from '../../schema/domain.js';
import { readJsonOption, usageError } from './errors.js';

/**
 * Reads `--weights`: a weight profile written by `chainmatch fit` (checked against the matcher it will be
 * used with — a profile fitted with other features or another tokenizer is refused with PROFILE_MISMATCH),
 * or a plain `{ feature: weight }` object.
 */
async function readWeightsFile(file: string, matcher: MatcherDescription): Promise<Weights> {
  const json = await readJsonOption('--weights', file);
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === PROFILE_FORMAT)
    return loadProfile(json, matcher).weights;
  const parsed = WeightsSchema.safeParse(json);
  if (!parsed.success)
    throw usageError(`--weights ${file}: expected a weight profile or {feature: weight} with non-negative numbers`);
  return parsed.data;
}

/** The matcher options with the weights of `--weights` (if given), checked against the matcher `options` describe. */
export async function withWeightsFile(options: MatcherOptions, file: string | undefined): Promise<MatcherOptions> {
  return file ? { ...options, weights: await readWeightsFile(file, createMatcher(options).describe()) } : options;
}
