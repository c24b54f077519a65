import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationLists, type InviteMatch } from '../../src/plan/invite.js';
import { readRecords } from '../../src/io/index.js';

const reason = (s: string) => ({ zh: `理由${s}`, en: `why ${s}` });
const m = (itemId: string, enterpriseId: string, score: number, theme?: string): InviteMatch => ({
  itemId,
  enterpriseId,
  score,
  reason: reason(`${itemId}-${enterpriseId}`),
  ...(theme ? { theme } : {}),
});

describe('invitationLists', () => {
  const matches = [
    m('A1', 'E1', 0.5, 'a'),
    m('A2', 'E1', 0.9, 'a'),
    m('A1', 'E2', 0.9, 'a'),
    m('A1', 'E3', 0.2, 'a'),
    m('B1', 'E1', 0.4), // theme from the items
    m('B1', 'E4', 0.7),
    m('X1', 'E5', 0.6), // no theme anywhere
  ];
  const items = [{ id: 'B1', theme: 'b' }];

  it('one entry per firm and session: its items best first, the reason of its best match, ranked by best score then items then id', () => {
    const lists = invitationLists(matches, { items, themes: ['b', 'a'] });
    expect(lists.map((l) => [l.theme, l.candidates])).toEqual([
      ['b', 2],
      ['a', 3],
      ['', 1],
    ]);
    const a = lists[1]!;
    expect(a.invitations.map((i) => [i.rank, i.enterpriseId, i.bestScore, i.items.map((x) => x.itemId)])).toEqual([
      [1, 'E1', 0.9, ['A2', 'A1']], // 0.9 with two items beats E2's 0.9 with one
      [2, 'E2', 0.9, ['A1']],
      [3, 'E3', 0.2, ['A1']],
    ]);
    expect(a.invitations[0]!.reason).toEqual(reason('A2-E1'));
    // A firm that fits two sessions is on both lists.
    expect(lists[0]!.invitations.map((i) => i.enterpriseId)).toEqual(['E4', 'E1']);
  });

  it('caps each session and drops matches below the minimum score', () => {
    const lists = invitationLists(matches, { items, perSession: 1, minScore: 0.45 });
    expect(lists.map((l) => [l.theme, l.candidates, l.invitations.map((i) => i.enterpriseId)])).toEqual([
      ['a', 2, ['E1']],
      ['b', 1, ['E4']],
      ['', 1, ['E5']],
    ]);
    expect(lists[0]!.invitations[0]!.items).toEqual([
      { itemId: 'A2', score: 0.9 },
      { itemId: 'A1', score: 0.5 },
    ]);
  });

  it('a repeated pair counts once, with its best score; bad options are INVALID_OPTION', () => {
    const [l] = invitationLists([m('A1', 'E1', 0.3, 'a'), m('A1', 'E1', 0.6, 'a')]);
    expect(l!.invitations[0]!.items).toEqual([{ itemId: 'A1', score: 0.6 }]);
    expect(() => invitationLists([], { perSession: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('chainmatch invite', () => {
  const root = resolve(import.meta.dirname, '../..');
  const cli = join(root, 'dist/cli.js');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      cwd: root,
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
      timeout: 120_000,
    });
  let dir = '';
  let matches = '';
  const perSession = new Map<string, Set<string>>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cm-invite-'));
    matches = join(dir, 'm.jsonl');
    expect(
      run([
        'match',
        '--items',
        'data/items.jsonl',
        '--enterprises',
        'data/enterprises.jsonl',
        '--top',
        '5',
        '--quiet',
        '--out',
        matches,
      ]).status,
    ).toBe(0);
    const themeOf = new Map(
      readFileSync(join(root, 'data/items.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; theme: string })
        .map((i) => [i.id, i.theme]),
    );
    for (const l of readFileSync(matches, 'utf8').trim().split('\n')) {
      const x = JSON.parse(l) as { itemId: string; enterpriseId: string };
      const t = themeOf.get(x.itemId)!;
      if (!perSession.has(t)) perSession.set(t, new Set());
      perSession.get(t)!.add(x.enterpriseId);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sheetRows = async (file: string) => {
    const bySheet = new Map<string, Record<string, unknown>[]>();
    for await (const r of readRecords(file, { kind: 'raw', sheet: '*' })) {
      if (!bySheet.has(r.sheet!)) bySheet.set(r.sheet!, []);
      bySheet.get(r.sheet!)!.push(r.record);
    }
    return bySheet;
  };

  it('XLSX: one sheet per session, one row per firm — as many rows as distinct firms in the session', async () => {
    const out = join(dir, 'invite.xlsx');
    const r = run([
      'invite',
      '--matches',
      matches,
      '--items',
      'data/items.jsonl',
      '--enterprises',
      'data/enterprises.jsonl',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const sheets = await sheetRows(out);
    expect([...sheets.keys()]).toEqual(['先进装备制造', '新材料', '电子信息', '轻工纺织']);
    const ids = {
      先进装备制造: 'advanced-equipment',
      新材料: 'new-materials',
      电子信息: 'electronic-information',
      轻工纺织: 'light-textile',
    } as const;
    for (const [name, rows] of sheets) {
      const firms = perSession.get(ids[name as keyof typeof ids])!;
      expect(rows).toHaveLength(firms.size);
      expect(new Set(rows.map((x) => x.企业编号))).toEqual(firms);
      expect(rows.map((x) => x.序号)).toEqual(rows.map((_, i) => i + 1));
      const best = rows.map((x) => x.最高匹配度 as number);
      expect(best).toEqual([...best].sort((a, b) => b - a));
      for (const x of rows) {
        expect(x.企业名称).toEqual(expect.any(String));
        expect(x.推荐理由).toMatch(/匹配/u);
        // 适配环节: titles with scores, as many as 适配环节数, best first.
        const fits = String(x.适配环节).split('；');
        expect(fits).toHaveLength(x.适配环节数 as number);
        const scores = fits.map((f) => Number(/（([\d.]+)）$/u.exec(f)![1]));
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(scores[0]).toBe(x.最高匹配度);
      }
    }
    expect(r.stderr).toMatch(/invite: 4 sessions, \d+ rows/u);
  });

  it('CSV and JSON: capped per session (--per-session), above --min-score', async () => {
    const csv = join(dir, 'invite.csv');
    expect(
      run([
        'invite',
        '--matches',
        matches,
        '--items',
        'data/items.jsonl',
        '--enterprises',
        'data/enterprises.jsonl',
        '--per-session',
        '25',
        '--out',
        csv,
      ]).status,
    ).toBe(0);
    const rows: Record<string, unknown>[] = [];
    for await (const r of readRecords(csv, { kind: 'raw' })) rows.push(r.record);
    const count = new Map<string, number>();
    for (const x of rows) count.set(x.专题 as string, (count.get(x.专题 as string) ?? 0) + 1);
    expect([...count.values()]).toEqual([25, 25, 25, 25]);
    const json = join(dir, 'invite.json');
    expect(
      run([
        'invite',
        '--matches',
        matches,
        '--items',
        'data/items.jsonl',
        '--enterprises',
        'data/enterprises.jsonl',
        '--min-score',
        '0.7',
        '--out',
        json,
        '--lang',
        'en',
      ]).status,
    ).toBe(0);
    const doc = JSON.parse(readFileSync(json, 'utf8')) as {
      format: string;
      version: number;
      sessions: {
        theme: string;
        themeName: string;
        invitations: { name: string; bestScore: number; items: { title: string; score: number }[] }[];
      }[];
    };
    expect([doc.format, doc.version]).toEqual(['chainmatch-invitations', 1]);
    expect(doc.sessions[0]!.themeName).toBe('Advanced equipment manufacturing');
    for (const s of doc.sessions)
      for (const inv of s.invitations) {
        expect(inv.name).toEqual(expect.any(String));
        for (const it of inv.items) expect(it.score).toBeGreaterThanOrEqual(0.7);
        expect(inv.items[0]!.title).toBeTruthy();
      }
  });

  it('contacts and passthrough columns of the firms are carried; a theme id without a name stays itself', async () => {
    const items = join(dir, 'items.jsonl');
    const ents = join(dir, 'ents.csv');
    const m2 = join(dir, 'm2.jsonl');
    writeFileSync(
      items,
      [{ id: 'I1', title: '铝型材深加工', theme: 'T9', keywords: ['铝型材'] }]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    writeFileSync(
      ents,
      '企业名称,主营业务,所在省份,联系人,职务,手机,邮箱,对接人微信,备注\n甲铝业有限公司,铝型材挤压,广东,王强,副总经理,13800000000,wq@example.com,wq_01,重点\n乙铝业有限公司,铝型材加工,福建,,,,,,\n',
    );
    expect(run(['match', '--items', items, '--enterprises', ents, '--quiet', '--out', m2]).status).toBe(0);
    const out = join(dir, 'contacts.xlsx');
    expect(run(['invite', '--matches', m2, '--items', items, '--enterprises', ents, '--out', out]).status).toBe(0);
    const sheets = await sheetRows(out);
    expect([...sheets.keys()]).toEqual(['T9']);
    const rows = sheets.get('T9')!;
    expect(rows).toHaveLength(2);
    const [first, second] = ['甲铝业有限公司', '乙铝业有限公司'].map((n) => rows.find((x) => x.企业名称 === n));
    expect(first).toMatchObject({
      企业名称: '甲铝业有限公司',
      联系人: '王强',
      职务: '副总经理',
      联系电话: '13800000000',
      邮箱: 'wq@example.com',
      对接人微信: 'wq_01',
      备注: '重点',
    });
    expect(second).toMatchObject({ 企业名称: '乙铝业有限公司', 省份: '福建' });
  });
});
