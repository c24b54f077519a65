import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMatch } from '../../src/cli/commands/match.js';
import { estimateRows } from '../../src/pipeline/source.js';
import { messageLang } from '../../src/cli/_lib/lang.js';
import { readRecords } from '../../src/io/index.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const run = (args: string[], env: NodeJS.ProcessEnv = { LC_ALL: 'C.UTF-8' }) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const bureau = (name: string) => join(root, 'test/fixtures/bureau', name);

let dir = '';
let sample = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-table-'));
  sample = join(dir, 'm.xlsx');
  const r = run([
    'match',
    '--items',
    'data/items.jsonl',
    '--enterprises',
    'data/enterprises.jsonl',
    '--themes',
    'data/themes.json',
    '--top',
    '5',
    '--out',
    sample,
  ]);
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a team lead sees of each sheet: name, filter, frozen pane, header, first row, number formats and decimals. */
interface SheetView {
  title: string;
  filter: string | null;
  freeze: string | null;
  rows: number;
  header: string[];
  first: (string | number | null)[];
  formats: string[];
  maxDecimals: number;
}

const openpyxlScript = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = list(ws.iter_rows())
    formats, decimals = set(), 0
    for r in rows[1:]:
        for c in r:
            if isinstance(c.value, float):
                formats.add(c.number_format)
                decimals = max(decimals, len(repr(c.value).split('.')[1]) if '.' in repr(c.value) else 0)
    out.append(dict(title=ws.title, filter=ws.auto_filter.ref, freeze=ws.freeze_panes, rows=ws.max_row,
                    header=[c.value for c in rows[0]], first=[c.value for c in rows[1]] if len(rows) > 1 else [],
                    formats=sorted(formats), maxDecimals=decimals))
print(json.dumps(out, ensure_ascii=False))
`;

function checkSample(sheets: SheetView[]): void {
  expect(sheets.map((s) => s.title)).toEqual(['概览', '先进装备制造', '新材料', '电子信息', '轻工纺织']);
  for (const s of sheets) {
    expect(s.filter).toBe(`A1:${String.fromCharCode(64 + s.header.length)}${s.rows}`);
    expect(s.freeze).toBe('A2');
    expect(s.maxDecimals).toBeLessThanOrEqual(3);
    for (const f of s.formats) expect(f).toBe('0.000');
  }
  const ae = sheets[1]!;
  expect(ae.header.slice(0, 10)).toEqual([
    '专题',
    '产业链',
    '环节',
    '承接地',
    '排名',
    '企业名称',
    '省份',
    '城市',
    '匹配度',
    '推荐理由',
  ]);
  const cell = (h: string) => ae.first[ae.header.indexOf(h)];
  expect(cell('专题')).toBe('先进装备制造');
  expect(cell('产业链')).toBe('新能源汽车');
  expect(cell('企业名称')).toMatch(/有限公司$/u);
  expect(cell('企业编号')).toMatch(/^E\d{6}$/u);
  expect(cell('专题编号')).toBe('advanced-equipment');
  expect(ae.rows).toBe(431); // 86 items × 5 + header
}

describe('match --format xlsx on the bundled sample', () => {
  it.skipIf(!hasOpenpyxl)(
    'an independent reader (openpyxl) sees names, Chinese headers, at most 3 decimals and an autofilter on every sheet',
    () => {
      const r = spawnSync(PYTHON, ['-c', openpyxlScript, sample], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      checkSample(JSON.parse(r.stdout) as SheetView[]);
    },
  );

  it('exceljs sees the same', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const value = (v: unknown) => (v === undefined || v === null ? null : (v as string | number));
    checkSample(
      wb.worksheets.map((ws) => {
        const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
        const formats = new Set<string>();
        let maxDecimals = 0;
        ws.eachRow((row, n) => {
          if (n === 1) return;
          row.eachCell((c) => {
            if (typeof c.value === 'number' && !Number.isInteger(c.value)) {
              formats.add(c.numFmt);
              maxDecimals = Math.max(maxDecimals, String(c.value).split('.')[1]!.length);
            }
          });
        });
        const filter = ws.autoFilter as unknown as string | undefined;
        const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
        return {
          title: ws.name,
          filter: filter ?? null,
          freeze: view?.state === 'frozen' && view.ySplit === 1 ? 'A2' : null,
          rows: ws.rowCount,
          header,
          first: Array.from({ length: header.length }, (_, i) => value(ws.getRow(2).getCell(i + 1).value)),
          formats: [...formats],
          maxDecimals,
        };
      }),
    );
  });

  it('plan reads the workbook back (--matches x.xlsx)', () => {
    const out = join(dir, 'plan.json');
    const r = run(['plan', '--matches', sample, '--items', 'data/items.jsonl', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/invalid_match/u);
    expect(
      (JSON.parse(readFileSync(out, 'utf8')) as { plan: { meetings: unknown[] } }).plan.meetings.length,
    ).toBeGreaterThan(500);
  });
});

describe('match tables carry names and contacts', () => {
  it("bureau workbooks: the firm's and the host's contacts and the passthrough columns reach the table", async () => {
    const out = join(dir, 'bureau.xlsx');
    const r = run([
      'match',
      '--items',
      bureau('items.xlsx'),
      '--enterprises',
      bureau('enterprises.xlsx'),
      '--top',
      '3',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const rows = [];
    for await (const row of readRecords(out, { kind: 'raw', sheet: '*' }))
      if (row.record.企业编号 !== undefined) rows.push(row.record);
    expect(rows.length).toBeGreaterThan(10);
    for (const h of ['企业名称', '联系人', '联系电话', '承接地联系人', '承接地联系电话', '环节·备注'])
      expect(
        rows.some((x) => x[h] !== undefined),
        h,
      ).toBe(true);
    expect(rows.every((x) => typeof x.企业名称 === 'string')).toBe(true);
  });

  it('names come along however the enterprises are read: kept, read twice, two workers (same bytes)', async () => {
    const items = join(dir, 'items.jsonl');
    const ents = join(dir, 'ents.jsonl');
    writeFileSync(
      items,
      ['铝型材', '锂电池正极材料', '纺织面料']
        .map((w, i) => JSON.stringify({ id: `I${i}`, title: `${w}项目`, keywords: [w] }))
        .join('\n') + '\n',
    );
    writeFileSync(
      ents,
      Array.from({ length: 60 }, (_, i) =>
        JSON.stringify({
          id: `E${i}`,
          name: `企业${i}有限公司`,
          description: ['铝型材挤压', '正极材料', '面料织造'][i % 3],
          province: '广东',
          contact: `联系人${i}`,
          extra: { 备注: `备注${i}` },
        }),
      ).join('\n') + '\n',
    );
    const quiet = { stderr: () => {} };
    const flags = { items, enterprises: ents, top: '5', by: 'item' as const, workers: '1', quiet: true };
    const outs = ['kept', 'twice'].map((n) => join(dir, `${n}.csv`));
    expect(await runMatch({ ...flags, out: outs[0]! }, quiet)).toBe(0);
    expect(await runMatch({ ...flags, out: outs[1]!, keepPrepared: 0 }, quiet)).toBe(0);
    const two = join(dir, 'two.csv');
    expect(
      run(['match', '--items', items, '--enterprises', ents, '--top', '5', '--quiet', '--workers', '2', '--out', two])
        .status,
    ).toBe(0);
    const text = readFileSync(outs[0]!, 'utf8');
    expect(readFileSync(outs[1]!, 'utf8')).toBe(text);
    expect(readFileSync(two, 'utf8')).toBe(text);
    const lines = text
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '环节,排名,企业名称,省份,匹配度,推荐理由,匹配词,分项·文本相关度,分项·关键词/产品,分项·行业代码,分项·来源区域,分项·产业链位置,联系人,备注,环节编号,企业编号,英文推荐理由',
    );
    expect(lines).toHaveLength(16);
    for (const l of lines.slice(1))
      expect(l).toMatch(/^[^,]+项目,\d,企业(\d+)有限公司,广东,.*,联系人\1,备注\1,I\d,E\1,/u);
  });
});

describe('messages in the language of the run', () => {
  it('--lang, else LC_ALL / LC_MESSAGES / LANG starting with zh, else English', () => {
    expect(messageLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(messageLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(messageLang(undefined, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(messageLang(undefined, { LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(messageLang(undefined, {})).toBe('en');
  });

  it('the summary follows --lang or the locale', () => {
    const args = [
      'match',
      '--items',
      'data/items.jsonl',
      '--enterprises',
      'data/enterprises.jsonl',
      '--top',
      '1',
      '--out',
      join(dir, 'l.jsonl'),
    ];
    expect(run(args, { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }).stderr).toMatch(
      /^chainmatch：326 条匹配；环节 读入 326 = 接受 326 \+ 拒绝 0；企业 读入 1200 = 接受 1200 \+ 拒绝 0；用时 [\d.]+ 秒$/mu,
    );
    expect(run([...args, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }).stderr).toMatch(
      /^chainmatch: 326 matches; items 326 in = 326 accepted \+ 0 rejected; /mu,
    );
  });

  it('the first progress stage has a real total: rows counted cheaply for text files, an XLSX reader reports its rows', async () => {
    const f = join(dir, 'count.csv');
    writeFileSync(f, '企业名称\r\n甲\r\n乙\r\n丙');
    expect(await estimateRows(f)).toBe(3);
    expect(await estimateRows(join(root, 'data/enterprises.jsonl'))).toBe(1200);
    expect(await estimateRows(bureau('enterprises-1200.xlsx'))).toBeUndefined();
    let total: number | undefined;
    for await (const _ of readRecords(bureau('enterprises-1200.xlsx'), {
      kind: 'enterprise',
      onTotal: (n) => (total = n),
    }))
      void _;
    expect(total).toBe(1200);
  });

  // `script` gives the CLI a pseudo-terminal; skipped where there is none to give.
  it.skipIf(spawnSync('script', ['-qc', 'true', '/dev/null']).status !== 0)(
    'on a terminal the statistics bar starts at 0/1200, in Chinese with --lang zh',
    () => {
      const cmd = `${process.execPath} ${cli} match --items data/items.jsonl --enterprises data/enterprises.jsonl --top 1 --out ${join(dir, 'tty.jsonl')} --lang zh`;
      const r = spawnSync('script', ['-qc', cmd, '/dev/null'], { encoding: 'utf8', cwd: root, timeout: 120_000 });
      const frames = r.stdout.replace(/\u001b\[[0-9;?]*[a-zA-Z]|\u001b[78]/gu, '').split(/[\r\n]+/u);
      expect(frames.find((l) => l.startsWith('读取统计'))).toMatch(/^读取统计 \[.*\] 0\/1200 0%/u);
      expect(frames.some((l) => /^打分排序 \[.*\] 1200\/1200 100%/u.test(l))).toBe(true);
    },
  );
});
