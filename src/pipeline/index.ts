// The streaming match of chainmatch/node: two passes over an enterprise source, worker threads, shards, merge.
export { matchStream } from './stream.js';
export type { MatchProgress, MatchStage, MatchStreamOptions, MatchStreamResult, ReadReport } from './stream.js';
export { mergeMatches } from './merge.js';
export type { EnterpriseSource, InputCounts, SourceOptions } from './source.js';
export type { Shard } from './shard.js';
