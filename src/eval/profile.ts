/**
 * Weight profiles (权重配置): fitted weights saved as versioned JSON with the features, tokenizer
 * and options they belong to and a hash of the labels they were fitted on, so that loading one
 * into a different matcher is refused instead of silently misranking. Pure: no I/O.
 */
import { z } from 'zod';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import { toIssues } from '../schema/issue.js';
import { byString } from '../_lib/order.js';
import type { Label } from './metrics.js';

/** Format tag and version written into every profile. */
export const PROFILE_FORMAT = 'chainmatch-weights';
export const PROFILE_VERSION = 1;

/** What a profile needs to know of a matcher: the shape of `matcher.describe()`. */
export interface MatcherDescription {
  version?: unknown;
  /** A name, or any JSON describing the tokenizer (compared as stable JSON). */
  tokenizer: unknown;
  /** Feature names, or feature descriptions with a `name`. */
  features: readonly (string | { name: string })[];
  weights?: Readonly<Record<string, number>>;
  [key: string]: unknown;
}

export const WeightProfileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  weights: z.record(z.string(), z.number().min(0).refine(Number.isFinite)),
  features: z.array(z.string().min(1)).min(1),
  tokenizer: z.string(),
  options: z.record(z.string(), z.unknown()),
  fittedOn: z.strictObject({
    labels: z.number().int().min(0),
    items: z.number().int().min(0).optional(),
    hash: z.string().regex(/^fnv1a64:[0-9a-f]{16}$/u),
  }),
  metrics: z.record(z.string(), z.unknown()),
  createdAt: z.string().optional(),
});

/** A saved weight profile, format `chainmatch-weights` version 1. */
export type WeightProfile = z.infer<typeof WeightProfileSchema>;

/** Input of {@link createProfile}. */
export interface ProfileInput {
  weights: Readonly<Record<string, number>>;
  /** `matcher.describe()` of the matcher the weights were fitted for. */
  matcher: MatcherDescription;
  /** The labels fitted on; only their count and hash are kept. */
  labels: readonly Label[];
  /** Fit options and anything else needed to reproduce the fit. */
  options?: Record<string, unknown>;
  metrics?: Record<string, unknown>;
  /** ISO timestamp; omitted unless given, so the same fit gives the same bytes. */
  createdAt?: string;
}

/** @internal JSON with object keys sorted, so equal values give equal strings. */
export function stableStringify(value: unknown, indent?: number): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort(byString)) {
        const x = (v as Record<string, unknown>)[key];
        if (x !== undefined) out[key] = sort(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value), null, indent);
}

const featureNames = (d: MatcherDescription): string[] => d.features.map((f) => (typeof f === 'string' ? f : f.name));
const tokenizerName = (t: unknown): string => (typeof t === 'string' ? t : stableStringify(t));

/**
 * FNV-1a 64-bit hash of the label set, order-independent (labels are sorted first), as
 * `fnv1a64:<16 hex>`. Identifies the data a profile was fitted on; not cryptographic.
 * @example hashLabels([{ itemId: 'i1', enterpriseId: 'e1', grade: 2 }]) // 'fnv1a64:…'
 */
export function hashLabels(labels: readonly Label[]): string {
  const lines = labels.map((l) => `${l.itemId}\t${l.enterpriseId}\t${l.grade}\n`).sort(byString);
  const bytes = new TextEncoder().encode(lines.join(''));
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * prime) & mask;
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

/**
 * Builds a profile object for `weights` fitted for `matcher` on `labels`.
 * @example
 * const profile = createProfile({ weights: cv.fitted.weights, matcher: matcher.describe(), labels });
 */
export function createProfile(input: ProfileInput): WeightProfile {
  const features = featureNames(input.matcher);
  const unknown = Object.keys(input.weights).filter((f) => !features.includes(f));
  if (unknown.length > 0) {
    throw new ChainmatchError(
      ErrorCodes.UNKNOWN_FEATURE,
      `weights name features the matcher does not have: ${unknown.join(', ')}`,
    );
  }
  const profile: WeightProfile = {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    weights: { ...input.weights },
    features,
    tokenizer: tokenizerName(input.matcher.tokenizer),
    options: {
      ...(input.options ?? {}),
      ...(input.matcher.version !== undefined ? { matcherVersion: input.matcher.version } : {}),
    },
    fittedOn: {
      labels: input.labels.length,
      items: new Set(input.labels.map((l) => l.itemId)).size,
      hash: hashLabels(input.labels),
    },
    metrics: { ...(input.metrics ?? {}) },
    ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
  };
  const parsed = WeightProfileSchema.safeParse(profile);
  if (!parsed.success) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `invalid profile: ${parsed.error.issues[0]?.message ?? ''}`,
      toIssues(parsed.error),
    );
  }
  return parsed.data;
}

/**
 * A profile as JSON text (keys sorted, two-space indent, trailing newline): the same profile
 * always gives the same bytes.
 * @example writeFileSync('profile.json', saveProfile(createProfile(input)));
 */
export function saveProfile(profile: WeightProfile | ProfileInput): string {
  const p = 'format' in profile ? profile : createProfile(profile);
  return `${stableStringify(p, 2)}\n`;
}

/**
 * Parses and validates a profile and checks it fits `matcher` (its `describe()`): the feature set
 * and the tokenizer must be the same. Throws `ChainmatchError` with code `PROFILE_MISMATCH`
 * naming the difference, `UNSUPPORTED_FORMAT` for another format or version, `INVALID_INPUT`
 * for malformed JSON.
 * @example
 * const profile = loadProfile(readFileSync('profile.json', 'utf8'), matcher.describe());
 * const tuned = matcher.withWeights(profile.weights);
 */
export function loadProfile(json: string | unknown, matcher: MatcherDescription): WeightProfile {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new ChainmatchError(ErrorCodes.INVALID_INPUT, `weight profile is not valid JSON: ${(e as Error).message}`);
    }
  }
  const head = (raw ?? {}) as { format?: unknown; version?: unknown };
  if (head.format !== PROFILE_FORMAT) {
    throw new ChainmatchError(
      ErrorCodes.UNSUPPORTED_FORMAT,
      `not a weight profile: format is ${JSON.stringify(head.format)}, expected "${PROFILE_FORMAT}"`,
    );
  }
  if (head.version !== PROFILE_VERSION) {
    throw new ChainmatchError(
      ErrorCodes.UNSUPPORTED_FORMAT,
      `weight profile version ${JSON.stringify(head.version)} is not supported (this version reads ${PROFILE_VERSION})`,
    );
  }
  const parsed = WeightProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    const first = issues[0];
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `invalid weight profile: ${first ? `${first.path.join('.')}: ${first.message}` : ''}`,
      issues,
    );
  }
  const profile = parsed.data;
  const stray = Object.keys(profile.weights).filter((f) => !profile.features.includes(f));
  if (stray.length > 0) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_INPUT,
      `invalid weight profile: weights for unlisted features ${stray.join(', ')}`,
    );
  }

  const current = featureNames(matcher);
  const missing = profile.features.filter((f) => !current.includes(f));
  const added = current.filter((f) => !profile.features.includes(f));
  const problems: string[] = [];
  if (missing.length > 0 || added.length > 0) {
    const parts = [
      missing.length > 0 ? `the profile has ${missing.join(', ')} which the matcher lacks` : '',
      added.length > 0 ? `the matcher has ${added.join(', ')} which the profile lacks` : '',
    ].filter(Boolean);
    problems.push(`features differ (${parts.join('; ')})`);
  }
  const tokenizer = tokenizerName(matcher.tokenizer);
  if (tokenizer !== profile.tokenizer) {
    problems.push(`tokenizer differs (profile: ${profile.tokenizer}, matcher: ${tokenizer})`);
  }
  if (problems.length > 0) {
    throw new ChainmatchError(
      ErrorCodes.PROFILE_MISMATCH,
      `weight profile does not fit this matcher: ${problems.join('; ')}. Refit the weights for this setup (chainmatch fit).`,
      { missing, added, tokenizer: { profile: profile.tokenizer, matcher: tokenizer } },
    );
  }
  return profile;
}
