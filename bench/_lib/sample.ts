/**
 * A reproducible random sample of the evaluation corpus for hand labelling (bench/industry-labels.ts): every row
 * with a Chinese description counts, nothing else is excluded (banks and services too). the project's seeded PRNG (mulberry32, scripts/generator/random.ts) and
 * a Fisher–Yates shuffle of the rows in file order; the first `n` are the sample, and the first / second half of
 * them (in sample order) are the "fix" and "check" halves. Nothing from the corpus is written anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRandom } from '../../scripts/generator/random.js';
import { CORPUS_PATH } from './corpus.js';

export const SAMPLE_SEED = 4754;
export const SAMPLE_SIZE = 200;

export interface Row {
  code: string;
  name: string;
  descZh: string;
  descEn: string;
  /** Third-party labels, a hint only. */
  cics: string;
  gics: string;
}

/** All rows with a non-empty `desc_zh`, in file order, or undefined when the corpus is absent. */
export function loadRows(path = process.env.CHAINMATCH_EVAL ?? CORPUS_PATH): Row[] | undefined {
  if (!existsSync(path)) return undefined;
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const i = {
    code: at('code'),
    name: at('name'),
    zh: at('desc_zh'),
    en: at('desc_en'),
    c3: at('cics_l3'),
    c4: at('cics_l4'),
    g: at('gics_sub_industry'),
    gi: at('gics_industry'),
  };
  return lines
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .map((c) => ({
      code: c[i.code] ?? '',
      name: c[i.name] ?? '',
      descZh: (c[i.zh] ?? '').trim(),
      descEn: (c[i.en] ?? '').trim(),
      cics: [c[i.c3], c[i.c4]].filter(Boolean).join(' / '),
      gics: [c[i.gi], c[i.g]].filter(Boolean).join(' / '),
    }))
    .filter((r) => r.code && r.descZh);
}

/** The seeded sample: `n` rows, in sample order (first half = fix half, second = check half). */
export function sampleRows(rows: readonly Row[], n = SAMPLE_SIZE, seed = SAMPLE_SEED): Row[] {
  const a = [...rows];
  const rnd = createRandom(seed).next;
  for (let k = a.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [a[k], a[j]] = [a[j]!, a[k]!];
  }
  return a.slice(0, n);
}

/** Run directly (npx tsx bench/_lib/sample.ts) to print the sample for labelling; no inference is run. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = loadRows();
  if (!rows) {
    console.log('bench/_lib/sample: ../shared/eval/companies.tsv not found — skipped');
    process.exit(0);
  }
  sampleRows(rows).forEach((r, k) => {
    console.log(
      `#${k + 1} ${k < SAMPLE_SIZE / 2 ? 'A' : 'B'} ${r.code} ${r.name}\n  zh: ${r.descZh}\n  en: ${r.descEn}\n  hint: ${r.cics} | ${r.gics}\n`,
    );
  });
}
