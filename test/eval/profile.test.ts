import { describe, it, expect } from 'vitest';
import { ChainmatchError, ErrorCodes } from '../../src/errors.js';
import { createProfile, hashLabels, loadProfile, saveProfile, type MatcherDescription } from '../../src/eval/index.js';

const matcher: MatcherDescription = {
  version: 1,
  tokenizer: 'jieba',
  features: [{ name: 'topic' }, { name: 'industry' }, { name: 'region' }],
  weights: { topic: 0.5, industry: 0.3, region: 0.2 },
};
const labels = [
  { itemId: 'i1', enterpriseId: 'e1', grade: 2 },
  { itemId: 'i1', enterpriseId: 'e2', grade: 0 },
  { itemId: 'i2', enterpriseId: 'e1', grade: 4 },
];
const input = {
  weights: { topic: 0.6, industry: 0.3, region: 0.1 },
  matcher,
  labels,
  options: { loss: 'pairwise', folds: 5, seed: 1 },
  metrics: { ndcgFitted: 0.8, ndcgDefault: 0.7 },
};

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ChainmatchError ? e.code : 'not a ChainmatchError';
  }
  return undefined;
}

describe('weight profiles', () => {
  it('round-trips through JSON', () => {
    const profile = createProfile(input);
    expect(profile).toMatchObject({
      format: 'chainmatch-weights',
      version: 1,
      tokenizer: 'jieba',
      features: ['topic', 'industry', 'region'],
    });
    expect(profile.fittedOn).toEqual({ labels: 3, items: 2, hash: hashLabels(labels) });
    expect(profile.options.matcherVersion).toBe(1);
    const json = saveProfile(profile);
    expect(loadProfile(json, matcher)).toEqual(profile);
    expect(saveProfile(input)).toBe(json); // same input, same bytes
    expect(json).not.toContain('createdAt');
  });

  it('hashes the label set regardless of order', () => {
    expect(hashLabels([...labels].reverse())).toBe(hashLabels(labels));
    expect(hashLabels(labels)).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(hashLabels([{ ...labels[0]!, grade: 3 }, ...labels.slice(1)])).not.toBe(hashLabels(labels));
    expect(hashLabels([])).toBe('fnv1a64:cbf29ce484222325'); // FNV-1a 64 offset basis
  });

  it('refuses a profile whose features differ, naming them', () => {
    const json = saveProfile(createProfile(input));
    const other = { ...matcher, features: ['topic', 'industry', 'scale'] };
    expect(codeOf(() => loadProfile(json, other))).toBe(ErrorCodes.PROFILE_MISMATCH);
    expect(() => loadProfile(json, other)).toThrow(/region.*scale/s);
  });

  it('refuses a profile fitted with another tokenizer', () => {
    const json = saveProfile(createProfile(input));
    expect(codeOf(() => loadProfile(json, { ...matcher, tokenizer: 'bigram' }))).toBe(ErrorCodes.PROFILE_MISMATCH);
    expect(() => loadProfile(json, { ...matcher, tokenizer: 'bigram' })).toThrow(/tokenizer.*jieba.*bigram/);
  });

  it('refuses another format or version, and malformed profiles', () => {
    const profile = createProfile(input);
    expect(codeOf(() => loadProfile({ ...profile, version: 2 }, matcher))).toBe(ErrorCodes.UNSUPPORTED_FORMAT);
    expect(codeOf(() => loadProfile({ format: 'x' }, matcher))).toBe(ErrorCodes.UNSUPPORTED_FORMAT);
    expect(codeOf(() => loadProfile('{not json', matcher))).toBe(ErrorCodes.INVALID_INPUT);
    expect(codeOf(() => loadProfile({ ...profile, weights: { topic: -1 } }, matcher))).toBe(ErrorCodes.INVALID_INPUT);
    expect(codeOf(() => loadProfile({ ...profile, weights: { other: 1 } }, matcher))).toBe(ErrorCodes.INVALID_INPUT);
  });

  it('refuses weights for features the matcher lacks when creating', () => {
    expect(codeOf(() => createProfile({ ...input, weights: { nope: 1 } }))).toBe(ErrorCodes.UNKNOWN_FEATURE);
  });

  it('keeps createdAt only when given', () => {
    expect(createProfile({ ...input, createdAt: '2025-01-01T00:00:00Z' }).createdAt).toBe('2025-01-01T00:00:00Z');
  });
});
