// Node-only edge of chainmatch: readers, writers, bundled data. Import from 'chainmatch/node'.
export {
  normalizeHeader,
  resolveHeaders,
  knownFields,
  readRecords,
  detectFormat,
  validateRecords,
  validateFile,
  schemaForKind,
  readMatches,
  matchToJson,
  writeFileAtomic,
  writeMatches,
  writeRejected,
  writeRecords,
  outputFormatOf,
  escapeFormula,
  writeInvitations,
  writePlan,
  INVITATIONS_FORMAT,
  INVITATIONS_FORMAT_VERSION,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
} from './io/index.js';
export type {
  RecordKind,
  ColumnMapping,
  HeaderResolution,
  RawRow,
  ReadOptions,
  InputFormat,
  RowResult,
  RejectedRow,
  ValidateRecordsOptions,
  ValidateFileOptions,
  ValidateFileResult,
  AtomicData,
  WriteTarget,
  WriteMatchesOptions,
  WriteRecordsOptions,
  OutputFormat,
  ById,
  NameSources,
  EventWriteOptions,
  PlanDocument,
} from './io/index.js';
export { matchStream, mergeMatches } from './pipeline/index.js';
export type {
  EnterpriseSource,
  InputCounts,
  MatchProgress,
  MatchStage,
  MatchStreamOptions,
  MatchStreamResult,
  ReadReport,
  Shard,
  SourceOptions,
} from './pipeline/index.js';
export { main as runCli } from './cli/main.js';
export { loadBundledData, bundledDataDir, BUNDLED_FILES } from './data/index.js';
export type { BundledData } from './data/index.js';
export { loadChainMaps, BUNDLED_CHAIN_MAPS } from './data/index.js';
export type { LoadChainMapsOptions } from './data/index.js';
export { renderReport, escapeHtml } from './report/index.js';
export type { ReportInput } from './report/index.js';
