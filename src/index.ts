// The front door: the public, pure API (areas with a curated barrel are re-exported whole). Node-only I/O lives in 'chainmatch/node'.
export { ChainmatchError, ErrorCodes } from './errors.js';
export type { ErrorCode } from './errors.js';
export type { Issue, ValidationResult } from './schema/issue.js';
export {
  ChainGapItemSchema,
  ChainSchema,
  EnterpriseSchema,
  GAP_TYPES,
  GAP_TYPE_ZH,
  SECTOR_THEME_IDS,
  SEGMENTS,
  SEGMENT_ZH,
  SOURCE_REGIONS,
  SOURCE_REGION_ZH,
  SectorThemeSchema,
  WeightsSchema,
} from './schema/domain.js';
export type {
  Chain,
  ChainGapItem,
  ChainGapItemInput,
  Enterprise,
  EnterpriseInput,
  GapType,
  SectorTheme,
  Segment,
  SourceRegion,
  Weights,
} from './schema/domain.js';
export {
  CHAIN_STAGES,
  CHAIN_STAGE_ZH,
  ChainLinkSchema,
  ChainMapSchema,
  chainMapSchemaFor,
  chainMapsSchema,
  linkNeighbours,
  missingChainMaps,
} from './schema/chain.js';
export type { ChainLink, ChainLinkInput, ChainMap, ChainMapInput, ChainStage, ThemeChainIds } from './schema/chain.js';
export { ROLES, ROLE_ZH, createChainInferrer } from './chain/infer.js';
export { assignItemLinks, chainCoverage } from './chain/coverage.js';
export type {
  ChainCoverage,
  ChainCoverageOptions,
  ChainLeaderCandidate,
  ItemLink,
  LinkCoverage,
  QualifyingFirm,
} from './chain/coverage.js';
export type { ChainProfile, LinkEvidence, Role } from './chain/infer.js';
export { FiltersSchema, RankOptionsSchema } from './schema/match.js';
export type { Filters, Match, RankOptions, Reason } from './schema/match.js';
export { validateEnterprise, validateItem, validateTheme, validateMany } from './schema/validate.js';
export { normalizeText } from './text/normalize.js';
export { detectGarbled, looksGarbled } from './text/garbled.js';
export type { GarbledReport } from './text/garbled.js';
export { createTokenizer, TokenizerOptionsSchema } from './text/tokenize.js';
export { createIndustryInferrer, inferIndustryCodes, IndustryInferenceOptionsSchema } from './text/industry-codes.js';
export type { IndustryInferenceOptions, InferenceField, InferredCode } from './text/industry-codes.js';
export type { ChineseSegmentation, Tokenizer, TokenizerOptions } from './text/tokenize.js';
export { CHINESE_STOP_WORDS, stripLegalForm } from './text/stopwords.js';
export { GAP_WORDS, isEvidenceTerm, isGapTerm } from './text/evidence.js';
export type { HeadedShare, ItemHeads } from './text/heads.js';
export { createThesaurus, DEFAULT_THESAURUS_GROUPS } from './text/thesaurus.js';
export type { Thesaurus } from './text/thesaurus.js';
export type {
  EnterpriseDigest,
  Feature,
  PreparedEnterprise,
  PreparedItem,
  QueryTerm,
  ScoringContext,
} from './features/types.js';
export { createTextFeature } from './features/text.js';
export { createKeywordFeature } from './features/keywords.js';
export { createIndustryCodeFeature } from './features/industry-code.js';
export { createSegmentFeature } from './features/segment.js';
export { createChainFeature } from './features/chain.js';
export type { ChainFeatureOptions } from './features/chain.js';
export { createScaleFeature } from './features/scale.js';
export { createRegionFeature, DEFAULT_REGION_FIT } from './features/region.js';
export { createAseanFeature } from './features/asean.js';
export { createEmbeddingFeature } from './features/embedding.js';
export { createMatcher, defaultFeatures, MatcherOptionsSchema, MODEL_VERSION } from './match/matcher.js';
export type {
  EnterpriseDigester,
  EnterpriseTerms,
  Matcher,
  MatcherOptions,
  MatchIndex,
  PairExplanation,
} from './match/matcher.js';
export { createCollector } from './match/collector.js';
export type { MatchCollector } from './match/collector.js';
export { DEFAULTS } from './match/defaults.js';
export { emptyStats, mergeStats, statsFromJSON, statsToJSON } from './match/stats.js';
export type { CorpusStats } from './match/stats.js';
export { combinedCut, compareRanked } from './rank/topk.js';
export type { Ranked } from './rank/topk.js';
export { groupByTheme } from './rank/group.js';
export { ASEAN_MEMBERS, PROVINCES, lookupAseanCountry, lookupProvince, sourceRegionsOf } from './reference/regions.js';
export {
  GBT4754_SECTIONS,
  GBT4754_DIVISIONS,
  GBT4754_GROUPS,
  GBT4754_CLASSES,
  industryCodeInfo,
  normalizeIndustryCode,
  sectionOfDivision,
  GUANGXI_CITIES,
  lookupGuangxiCity,
  INDUSTRY_TERMS,
} from './reference/index.js';
export type {
  IndustryLevel,
  IndustryEntry,
  IndustryDivision,
  IndustryCodeInfo,
  GuangxiCity,
  GuangxiPark,
} from './reference/index.js';
export type { AseanMember, ProvinceInfo } from './reference/regions.js';
export * from './plan/index.js';
export * from './register/index.js';
export * from './eval/index.js';
