/** The HTML report: a pure renderer (the CLI writes its output with `writeFileAtomic`). */
export { renderReport, escapeHtml } from './render.js';
export type { ReportInput } from './render.js';
