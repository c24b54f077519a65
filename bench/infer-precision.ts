/**
 * Precision of industry-code inference against hand labels: the 200 companies of the seeded sample
 * (bench/_lib/sample.ts), labelled with a GB/T 4754-2017 group (and an acceptable second) in ./industry-labels.ts
 * before inference was run on them. For the Chinese and the English description separately:
 *   coverage   share of companies with any inferred code;
 *   group      best inferred code's group (section letter + 3 digits) is the label or the second label;
 *   division   best inferred code's division is the label's or the second label's division;
 *   at depth   right as far as the best code goes: its group is right, or it names a division only (as the
 *              bundled terms do outside manufacturing: `J66`, `K70`) and that division is right;
 * each as a share of the coded companies (precision) and of all (accuracy), for half A (the first 100 of the
 * sample, whose errors were looked at when fixing the term tables), half B (the last 100, never looked at) and all.
 * An inferred code of a division only (`I65`) is never right at group level.
 * Run: npx tsx bench/infer-precision.ts [--errors A|B|all|none]   (default A: lists half A's confusions, label →
 *   inferred, by frequency, with the terms that decided; skips when ../shared/eval/companies.tsv is absent)
 * Only measured here: nothing derived from the third-party corpus is written anywhere.
 */
import { parseArgs } from 'node:util';
import { inferIndustryCodes, type InferredCode } from '../src/index.js';
import { loadRows, sampleRows, SAMPLE_SIZE, type Row } from './_lib/sample.js';
import { INDUSTRY_LABELS, type IndustryLabel } from './industry-labels.js';

const args = parseArgs({ options: { errors: { type: 'string', default: 'A' } } });
const rows = loadRows();
if (!rows) {
  console.log('bench/infer-precision: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const sample = sampleRows(rows);
const missing = sample.filter((r) => !INDUSTRY_LABELS[r.code]);
if (missing.length || Object.keys(INDUSTRY_LABELS).length !== SAMPLE_SIZE) {
  throw new Error(`bench/infer-precision: labels and sample differ (${missing.length} sampled companies unlabelled)`);
}

type Lang = 'zh' | 'en';
interface Outcome {
  row: Row;
  half: 'A' | 'B';
  label: IndustryLabel;
  codes: InferredCode[];
  group: boolean;
  division: boolean;
  depth: boolean;
}
const groupOf = (code: string) => (code.length >= 4 ? code.slice(0, 4) : undefined);
const divisionOf = (code: string) => code.slice(0, 3);

function outcomes(lang: Lang): Outcome[] {
  return sample.map((row, k) => {
    const label = INDUSTRY_LABELS[row.code]!;
    const text = lang === 'zh' ? row.descZh : row.descEn;
    const codes = text ? inferIndustryCodes(text) : [];
    const best = codes[0]?.code;
    const ok = [label.group, ...(label.alt ? [label.alt] : [])];
    return {
      row,
      half: k < SAMPLE_SIZE / 2 ? 'A' : 'B',
      label,
      codes,
      group: !!best && ok.includes(groupOf(best) ?? ''),
      division: !!best && ok.some((c) => divisionOf(c) === divisionOf(best)),
      depth: !!best && (best.length < 4 ? ok.some((c) => divisionOf(c) === best) : ok.includes(groupOf(best)!)),
    };
  });
}

const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : '–');
const results = { zh: outcomes('zh'), en: outcomes('en') };

console.log(
  `industry-code inference vs hand labels: ${SAMPLE_SIZE} companies (seed sample), half A = first 100, half B = last 100`,
);
console.log(
  'lang | half | n | coverage | group precision | at-depth precision | division precision | group accuracy | division accuracy',
);
for (const lang of ['zh', 'en'] as const) {
  for (const half of ['A', 'B', 'all'] as const) {
    const os = results[lang].filter((o) => half === 'all' || o.half === half);
    const withText = os.filter((o) => (lang === 'zh' ? o.row.descZh : o.row.descEn));
    const coded = os.filter((o) => o.codes.length);
    const g = coded.filter((o) => o.group).length;
    const d = coded.filter((o) => o.division).length;
    const at = coded.filter((o) => o.depth).length;
    console.log(
      [
        lang,
        half,
        withText.length,
        pct(coded.length, withText.length),
        pct(g, coded.length),
        pct(at, coded.length),
        pct(d, coded.length),
        pct(g, withText.length),
        pct(d, withText.length),
      ].join(' | '),
    );
  }
}

const which = args.values.errors;
if (which !== 'none') {
  for (const lang of ['zh', 'en'] as const) {
    // Wrong as far as the best code goes (a right division-only code is left out: see `at depth`).
    const wrong = results[lang].filter((o) => (which === 'all' || o.half === which) && o.codes.length && !o.depth);
    const uncoded = results[lang].filter(
      (o) => (which === 'all' || o.half === which) && !o.codes.length && (lang === 'zh' ? o.row.descZh : o.row.descEn),
    );
    const byPair = new Map<string, Outcome[]>();
    for (const o of wrong) {
      const key = `${o.label.group}${o.label.alt ? `/${o.label.alt}` : ''} → ${o.codes[0]!.code}`;
      byPair.set(key, [...(byPair.get(key) ?? []), o]);
    }
    // Grouped by frequency of the inferred code's division confusion (label division → inferred division) first.
    const byDivision = new Map<string, number>();
    for (const o of wrong) {
      const key = `${divisionOf(o.label.group)} → ${divisionOf(o.codes[0]!.code)}`;
      byDivision.set(key, (byDivision.get(key) ?? 0) + 1);
    }
    console.log(
      `\n${lang}, half ${which}: ${wrong.length} wrong (group, or division for a division-only code), ${uncoded.length} without a code`,
    );
    console.log(
      `  by division: ${[...byDivision]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')}`,
    );
    for (const [key, os] of [...byPair].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
      console.log(`  ${key} ×${os.length}`);
      for (const o of os)
        console.log(
          `      ${o.row.code} ${o.label.note} :: ${o.codes.map((c) => `${c.code}[${c.terms.join(',')}]`).join(' ')}`,
        );
    }
    if (uncoded.length)
      console.log(`  no code: ${uncoded.map((o) => `${o.row.code} ${o.label.group} (${o.label.note})`).join('; ')}`);
  }
}
