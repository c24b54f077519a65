import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControl, formatIssue, printIssues } from '../../src/cli/_lib/issues.js';
import { jsonl, run, scratch } from './_run.js';

// Everything C0, DEL, C1, the line separators and bidi overrides: none may reach a terminal raw.
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('escapeControl', () => {
  it('escapes control characters as \\n, \\xHH or \\uHHHH and leaves other text alone', () => {
    expect(escapeControl('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(escapeControl('\x1b[2J\x00\x07\x7f\x9b')).toBe('\\x1b[2J\\x00\\x07\\x7f\\x9b');
    expect(escapeControl('abc\u202edef\u2028')).toBe('abc\\u202edef\\u2028');
    expect(escapeControl('企业 "E1" C:\\data é 😀')).toBe('企业 "E1" C:\\data é 😀');
  });
});

describe('formatIssue', () => {
  it('is file:row N:column: message [code], every part escaped', () => {
    expect(
      formatIssue({
        code: 'too_small',
        path: ['investment'],
        file: 'p.jsonl',
        row: 2,
        message: 'must not be negative',
      }),
    ).toBe('p.jsonl:row 2:investment: must not be negative [too_small]');
    expect(formatIssue({ code: 'x', path: ['a', 0], message: 'm' })).toBe('a.0: m [x]');
    const line = formatIssue({
      code: 'c\x1b',
      path: [],
      column: 'col\n',
      file: 'f\r.csv',
      row: 1,
      message: "duplicate id 'E\x1b[31m\nX\x00'",
    });
    expect(line).toBe("f\\r.csv:row 1:col\\n: duplicate id 'E\\x1b[31m\\nX\\x00' [c\\x1b]");
  });

  it('printIssues prints at most `limit` lines, then how many more', () => {
    const lines: string[] = [];
    const issues = Array.from({ length: 5 }, (_, i) => ({
      code: 'c',
      path: [],
      message: `m${i}`,
      file: 'f',
      row: i + 1,
    }));
    expect(printIssues(issues, (s) => lines.push(s), 3)).toBe(5);
    expect(lines).toEqual(['f:row 1: m0 [c]', 'f:row 2: m1 [c]', 'f:row 3: m2 [c]', '… and 2 more issues']);
  });
});

describe('every command prints issues the same way, escaped', () => {
  let t: ReturnType<typeof scratch>;
  beforeAll(() => {
    t = scratch();
  });
  afterAll(() => t.remove());

  it('validate: a value with ESC, newline and NUL is echoed escaped, one line per issue; such an id is rejected', () => {
    const evil = 'E\x1b[2J\nforged line\x00\u009b';
    const f = t.write(
      'evil.jsonl',
      jsonl([
        { id: 'E1', name: '甲', revenue: evil },
        { id: evil, name: '乙' },
      ]),
    );
    const r = run(['validate', f]);
    expect(r.status).toBe(3);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain(
      `${f}:row 1:revenue: 'E\\x1b[2J\\nforged line\\x00\\x9b' is not a number; left empty [cell_ignored]`,
    );
    expect(r.stderr).toContain(`${f}:row 2:id: must not contain control characters (U+001B) [control_character]`);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('forged'))).toEqual([]);
  });

  it('the top-level error printer escapes what it echoes', () => {
    const items = t.write('items.jsonl', jsonl([{ id: 'I1', title: '铝型材' }]));
    const ents = t.write('ents.jsonl', jsonl([{ id: 'E1', name: '甲' }]));
    const r = run([
      'explain',
      '--items',
      items,
      '--enterprises',
      ents,
      '--item',
      'I\x1b]0;pwned\x07\n',
      '--enterprise',
      'E1',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no valid item with id 'I\\x1b]0;pwned\\x07\\n'");
    expect(r.stderr).not.toMatch(RAW);
  });

  it('register, plan, evaluate and merge use the same format', () => {
    const projects = t.write(
      'p.jsonl',
      jsonl([
        { id: 'a', name: '北海市晶片项目', investment: 10, hostCity: '北海', signedAt: '2023-06-16' },
        { id: 'b', name: '坏行', investment: -1, hostCity: '北海', signedAt: '2023-06-16' },
      ]),
    );
    const reg = run(['register', 'stats', '--projects', projects, '--json']);
    expect(reg.stderr).toContain(`${projects}:row 2:investment: must not be negative [too_small]\n`);

    const matches = t.write('m.jsonl', jsonl([{ itemId: 'i1', enterpriseId: 'e1', rank: 1, score: 0.8 }]));
    const plan = run(['plan', '--matches', matches, '--out', t.path('plan.json')]);
    // Plan's own issues are numbered among the valid matches it was given: no file name.
    expect(plan.stderr).toMatch(/^row 1:theme: match e1 ↔ i1 has no theme.* \[missing_theme\]$/mu);

    const labels = t.write('labels.csv', 'itemId,enterpriseId,grade\ni1,e1,3\ni1,e2,maybe\n');
    const ev = run(['evaluate', '--matches', matches, '--labels', labels]);
    expect(ev.stderr).toMatch(/^.*labels\.csv:row 3:grade: .*\[[a-z_]+\]$/mu);

    const bad = t.write('bad-m.jsonl', '{"itemId":"i1","enterpriseId":"e1","rank":1,"score":0.5}\n{oops\n');
    const merge = run(['merge', bad, '--top', '1', '--out', t.path('merged.jsonl')]);
    expect(merge.stderr).toMatch(/^.*bad-m\.jsonl:row 2: .*\[malformed_json\]$/mu);
  });
});
