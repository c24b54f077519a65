export {
  precisionAtK,
  recallAtK,
  dcgAtK,
  ndcgAtK,
  averagePrecision,
  reciprocalRank,
  itemCoverage,
  evaluate,
} from './metrics.js';
export type { RankedPair, Label, Coverage, EvaluateOptions, ItemMetrics, Evaluation } from './metrics.js';
export { fitWeights, crossValidateWeights, rerankedNdcg, outcomeToGrade } from './fit.js';
export type {
  LabelledPair,
  FitOptions,
  CrossValidateOptions,
  FittedWeights,
  WeightSpread,
  FoldResult,
  CrossValidation,
} from './fit.js';
export {
  PROFILE_FORMAT,
  PROFILE_VERSION,
  WeightProfileSchema,
  hashLabels,
  createProfile,
  saveProfile,
  loadProfile,
} from './profile.js';
export type { WeightProfile, ProfileInput, MatcherDescription } from './profile.js';
export { weightSensitivity, compareCandidates } from './sensitivity.js';
export type { Candidate, WeightChange, Sensitivity, ContributionDifference } from './sensitivity.js';
export { parseLabel } from './labels.js';
export type { LabelResult } from './labels.js';
export { labelledPairs } from './pairs.js';
