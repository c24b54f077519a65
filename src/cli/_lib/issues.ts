import type { RejectedRow } from '../../io/validate.js';
import type { Issue } from '../../schema/issue.js';

// C0 controls, DEL, C1 controls, the Unicode line/paragraph separators and the bidi embedding/override/isolate marks.
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `s` safe to echo to a terminal: control characters (C0, DEL, C1), line separators and bidi overrides become
 * `\n`, `\r`, `\t`, `\xHH` or `\uHHHH`; everything else is kept as it is.
 * @example escapeControl('E1\x1b[2J\n') // 'E1\\x1b[2J\\n'
 */
export function escapeControl(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

/** One issue the way every command prints it: `file:row N:column: message [code]`, escaped for a terminal. */
export function formatIssue(i: Issue): string {
  const where = [
    i.file,
    i.row !== undefined ? `row ${i.row}` : undefined,
    i.column ?? (i.path.length ? i.path.join('.') : undefined),
  ]
    .filter(Boolean)
    .join(':');
  return escapeControl(`${where}: ${i.message} [${i.code}]`);
}

const stderrLine = (s: string): void => void process.stderr.write(`${s}\n`);

/** Prints the first `limit` issues (then how many more there are), one line each; returns how many there were. */
export function printIssues(issues: Iterable<Issue>, log: (s: string) => void = stderrLine, limit = 50): number {
  let n = 0;
  for (const i of issues) if (n++ < limit) log(formatIssue(i));
  if (n > limit) log(`… and ${n - limit} more issues`);
  return n;
}

function* located(rejected: Iterable<RejectedRow>): Generator<Issue> {
  for (const r of rejected) for (const i of r.issues) yield { ...i, file: i.file ?? r.file, row: i.row ?? r.row };
}

/** Prints the issues of rejected rows (located by the row's file and number when they carry none); see {@link printIssues}. */
export function reportRejected(
  rejected: Iterable<RejectedRow>,
  log: (s: string) => void = stderrLine,
  limit = 50,
): number {
  return printIssues(located(rejected), log, limit);
}
