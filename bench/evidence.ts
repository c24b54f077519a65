/**
 * Is the evidence worth reading? Three figures over the matches of two runs — the bundled sample (326 items ×
 * 1,200 synthetic enterprises, top 5, with themes, as `npm start`) and the same items over the real companies of
 * ../shared/eval/companies.tsv (name + Chinese description, top 5; skipped when absent):
 *   - lone characters: share of shown matched terms that are a single Han character (and how many of those the
 *     item does not name as a whole keyword/product);
 *   - duplicate reasons: reasons that name one term twice;
 *   - no domain evidence: matches whose shown terms are all lone characters, generic gap words (链, 补链, 项目 …)
 *     or numbers, and whose item and enterprise share no GB/T 4754 group (中类, e.g. C384);
 * plus the score distribution of each run. With --weak, also where the weak-match threshold (DEFAULTS.weakScore)
 * comes from: the scores of the sample's pairs that share only lone characters or a GB/T division (the candidates
 * of the earlier, looser gate, now rejected), against those of its candidates (about 30 s).
 * Run: npx tsx bench/evidence.ts [matches.jsonl] [--weak]   (with a file: its matches instead of the sample run's own)
 */
import { readFileSync } from 'node:fs';
import {
  createMatcher,
  DEFAULTS,
  GAP_WORDS,
  normalizeText,
  type ChainGapItem,
  type Enterprise,
  type Match,
  type Matcher,
} from '../src/index.js';
import { loadBundledData } from '../src/node.js';
import { loadCompanies } from './_lib/corpus.js';

const TOP = 5;
const HAN = /^\p{Script=Han}$/u;
// The issue's own examples of gap words, besides the library's list: the check does not rest on the list it checks.
const GAP = new Set(['链', '补链', '强链', '延链', '产业链', '项目', '企业', '引进', '产业', ...GAP_WORDS]);

/** The terms a reason names: the lists in （…） after the names of the pair (`…匹配：`), split at 、. */
const named = (zh: string) =>
  [...zh.slice(zh.indexOf('匹配：')).matchAll(/（([^（）]*)）/gu)].flatMap((m) => m[1]!.split('、'));

function figures(
  label: string,
  matcher: Matcher,
  items: readonly ChainGapItem[],
  enterprises: readonly Enterprise[],
  matches: readonly Match[],
) {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const entById = new Map(enterprises.map((e) => [e.id, e]));
  const stats = matcher.collectStats(enterprises, items);
  const n = {
    terms: 0,
    lone: 0,
    loneNotWhole: 0,
    withLone: 0,
    dupReasons: 0,
    dupInList: 0,
    noEvidence: 0,
    gapShown: 0,
    weak: 0,
  };
  const examples: string[] = [];
  for (const m of matches) {
    const item = itemById.get(m.itemId)!;
    const whole = new Set(
      [...(item.keywords ?? []), ...(item.products ?? [])].map((p) => normalizeText(p).toLowerCase()),
    );
    const loneHere = m.matchedTerms.filter((t) => HAN.test(t));
    n.terms += m.matchedTerms.length;
    n.lone += loneHere.length;
    n.loneNotWhole += loneHere.filter((t) => !whole.has(t)).length;
    if (loneHere.length) n.withLone++;
    const names = named(m.reason.zh);
    if (new Set(names).size !== names.length) n.dupReasons++;
    if (m.reason.zh.split('；').some((clause) => new Set(named(clause)).size !== named(clause).length)) n.dupInList++;
    if (m.matchedTerms.some((t) => GAP.has(t))) n.gapShown++;
    const domain = m.matchedTerms.some((t) => !GAP.has(t) && !/^\d+$/u.test(t) && (!HAN.test(t) || whole.has(t)));
    if (!domain) {
      const { codes } = matcher.explain(item, entById.get(m.enterpriseId)!, stats);
      const groups = new Set(codes.item.filter((c) => c.length >= 4).map((c) => c.slice(0, 4)));
      if (!codes.enterprise.some((c) => groups.has(c.slice(0, 4)))) {
        n.noEvidence++;
        if (examples.length < 3)
          examples.push(`${m.itemId}/${m.enterpriseId} ${m.score.toFixed(3)} [${m.matchedTerms.join(' ')}]`);
      }
    }
    if (m.weak) n.weak++;
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`\n${label}: ${matches.length} matches, ${n.terms} shown terms`);
  console.log(
    `  lone Han characters: ${n.lone} (${pct(n.lone, n.terms)}), ${n.loneNotWhole} not a whole item term; matches showing one: ${n.withLone}`,
  );
  console.log(`  reasons naming a term twice: ${n.dupReasons} (within one phrase: ${n.dupInList})`);
  console.log(
    `  matches without domain evidence (no shared 中类): ${n.noEvidence}${examples.length ? ` e.g. ${examples.join('; ')}` : ''}`,
  );
  console.log(`  matches showing a gap word: ${n.gapShown}; marked weak: ${n.weak} (${pct(n.weak, matches.length)})`);
  const scores = matches.map((m) => m.score).sort((a, b) => a - b);
  const q = (p: number) => scores[Math.min(scores.length - 1, Math.floor(p * scores.length))]?.toFixed(3);
  console.log(
    `  score quantiles 5/10/25/50%: ${q(0.05)} ${q(0.1)} ${q(0.25)} ${q(0.5)}; below ${DEFAULTS.weakScore}: ${scores.filter((s) => s < DEFAULTS.weakScore).length}`,
  );
}

/** Score quantiles of every pair of the sample without evidence that the earlier gate admitted, and of every candidate. */
function weakThreshold(matcher: Matcher, items: readonly ChainGapItem[], enterprises: readonly Enterprise[]) {
  const idx = matcher.index(items, matcher.collectStats(enterprises, items));
  const rejected: number[] = [];
  const candidates: number[] = [];
  for (const e of enterprises) {
    const pe = idx.prepare(e);
    for (let i = 0; i < idx.items.length; i++) {
      const x = idx.explain(i, pe);
      if (x.excluded.length) continue;
      if (x.candidate) candidates.push(x.score);
      else if ((x.values.text ?? 0) > 0 || (x.values.industryCode ?? 0) >= 0.5) rejected.push(x.score);
    }
  }
  const describe = (label: string, xs: number[]) => {
    const sorted = xs.sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3);
    const below = sorted.filter((s) => s < DEFAULTS.weakScore).length;
    console.log(
      `  ${label}: ${sorted.length} pairs, score quantiles 50/90/95/99%/max ${q(0.5)} ${q(0.9)} ${q(0.95)} ${q(0.99)} ${q(1)}; below ${DEFAULTS.weakScore}: ${((100 * below) / sorted.length).toFixed(1)}%`,
    );
  };
  console.log('\nweak-match threshold, bundled sample, every pair:');
  describe('without evidence (lone characters or a division only)', rejected);
  describe('candidates', candidates);
}

const sample = await loadBundledData();
const sampleMatcher = createMatcher({ themes: sample.themes });
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const sampleMatches: Match[] = file
  ? readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Match)
  : sampleMatcher.rank(sample.items, sample.enterprises, { top: TOP });
figures(
  file ? `bundled sample (${file})` : 'bundled sample',
  sampleMatcher,
  sample.items,
  sample.enterprises,
  sampleMatches,
);

const companies = loadCompanies();
if (!companies) console.log('\nreal corpus: ../shared/eval/companies.tsv not found — skipped');
else {
  const enterprises: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
  const real = sampleMatcher.rank(sample.items, enterprises, { top: TOP });
  figures(`bundled items × ${companies.length} real companies`, sampleMatcher, sample.items, enterprises, real);
}

if (args.includes('--weak')) weakThreshold(sampleMatcher, sample.items, sample.enterprises);
