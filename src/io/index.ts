/**
 * Readers and writers at the edge (Node only): CSV, TSV, XLSX, JSON and JSONL in; JSONL, JSON,
 * CSV and XLSX out, atomically. Import through `chainmatch/node`.
 */
export { normalizeHeader, resolveHeaders, knownFields } from './headers.js';
export type { RecordKind, ColumnMapping, HeaderResolution } from './headers.js';
export { readRecords, detectFormat } from './read.js';
export type { RawRow, ReadOptions, InputFormat } from './read.js';
export { validateRecords, validateFile, schemaForKind } from './validate.js';
export type {
  RowResult,
  RejectedRow,
  ValidateRecordsOptions,
  ValidateFileOptions,
  ValidateFileResult,
} from './validate.js';
export { readMatches, matchToJson } from './matches.js';
export { writeFileAtomic, writeMatches, writeRejected, writeRecords, outputFormatOf } from './write.js';
export type {
  AtomicData,
  WriteTarget,
  WriteMatchesOptions,
  WriteRecordsOptions,
  OutputFormat,
  ById,
  NameSources,
} from './write.js';
export { escapeFormula } from './_lib/cells.js';
export {
  writeInvitations,
  writePlan,
  INVITATIONS_FORMAT,
  INVITATIONS_FORMAT_VERSION,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
} from './event.js';
export type { EventWriteOptions, PlanDocument } from './event.js';
