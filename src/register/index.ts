export {
  PROJECT_STAGES,
  PROJECT_STAGE_ZH,
  StageChangeSchema,
  SignedProjectSchema,
  validateProject,
  validateProjects,
  normalizeProjectRecord,
} from './schema.js';
export type { ProjectStage, StageChange, SignedProject, SignedProjectInput } from './schema.js';
export {
  STAGE_TRANSITIONS,
  transitionError,
  moveProject,
  recordAgreement,
  ProjectMoveSchema,
  applyMoves,
  fourLists,
} from './transitions.js';
export type { ProjectMove } from './transitions.js';
export {
  DEFAULT_INVESTMENT_BANDS,
  SIX_LIBRARIES,
  LibraryRuleSchema,
  DEFAULT_LIBRARY_RULES,
  ClassifierOptionsSchema,
  projectRegions,
  isEastCentral,
  createProjectClassifier,
} from './classify.js';
export type {
  InvestmentBand,
  SixLibrary,
  LibraryRule,
  ClassifierOptions,
  ProjectClass,
  ProjectClassifier,
} from './classify.js';
export { registerStats, StatsOptionsSchema, UNCLASSIFIED } from './stats.js';
export type { ProgressStats, RegisterStats, StatsOptions } from './stats.js';
export { registerToLabels, OUTCOME_GRADES } from './labels.js';
export type { ProjectLabel } from './labels.js';
