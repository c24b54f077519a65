/**
 * A direction for issue #14 (speed), measured for quality only: the enterprise side tokenized by forward maximum
 * matching over the items' vocabulary (the only words that can score) instead of Intl.Segmenter, the item side as
 * now; Latin words and thesaurus concepts still come from the tokenizer, and unmatched Han characters count towards
 * the length in pairs. NDCG@10 on the two development sets only (not the held-out one), each against the segmenter
 * through the same path (which equals the default ranking), with the time per firm of the tokenizer (segmenter rows;
 * its cache of runs warm after the first set) and of the scan by a character trie (longest term at each place; Han
 * text only, the tokenizer's Latin and concept work not counted).
 * Run: npx tsx bench/vocab-scan.ts   (skips when ../shared/eval/companies.tsv is absent)
 */
import { createCollector, createMatcher, createTokenizer, type Enterprise, type Tokenizer } from '../src/index.js';
import { loadChainMaps } from '../src/node.js';
import { toItem } from './_lib/baseline.js';
import { gradesFor, loadCompanies, ndcgAt } from './_lib/corpus.js';
import { QUERIES } from './queries.js';
import { DEV2_QUERIES } from './queries-dev2.js';

const companies = loadCompanies();
if (!companies) {
  console.log('bench/vocab-scan: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const maps = await loadChainMaps();
const ents: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
const HAN = /\p{Script=Han}/u;
for (const [setName, qs] of [
  ['dev', QUERIES],
  ['dev2', DEV2_QUERIES],
] as const) {
  const items = qs.map(toItem);
  const grades = new Map(qs.map((q) => [q.id, gradesFor(q, companies)]));
  const vocab = createMatcher({ chains: maps }).vocabulary(items);
  const han = new Set(vocab.filter((t) => !t.startsWith('≈') && /^\p{Script=Han}+$/u.test(t)));
  // A trie of the vocabulary's Han terms, by character: the longest term at each place in one walk.
  type Node = { next: Map<string, Node>; end: boolean };
  const root: Node = { next: new Map(), end: false };
  for (const t of han) {
    let n = root;
    for (const ch of t) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const seg = createTokenizer({});
  for (const mode of ['segmenter', 'fmm'] as const) {
    let phase: 'e' | 'i' = 'e';
    let us = 0;
    const timed = (text: string): string[] => {
      const t0 = performance.now();
      const out = seg.tokenize(text);
      us += (performance.now() - t0) * 1000;
      return out;
    };
    const fmm = (text: string): string[] => {
      const out = seg.tokenize(text).filter((t) => t.startsWith('≈') || !HAN.test(t));
      const t0 = performance.now();
      for (const m of text.toLowerCase().matchAll(/\p{Script=Han}+/gu)) {
        const run = m[0];
        let gap = 0;
        for (let i = 0; i < run.length; ) {
          let hit = 0;
          for (let n: Node | undefined = root, j = i; j < run.length; j++) {
            n = n.next.get(run[j]!);
            if (!n) break;
            if (n.end) hit = j - i + 1;
          }
          if (hit) {
            if (gap) out.push('∅'), (gap = 0);
            out.push(run.slice(i, i + hit));
            i += hit;
          } else {
            gap++;
            if (gap === 2) out.push('∅'), (gap = 0);
            i++;
          }
        }
        if (gap) out.push('∅');
      }
      us += (performance.now() - t0) * 1000;
      return out;
    };
    const tok: Tokenizer = {
      name: mode,
      tokenize: (t) => (phase === 'i' ? seg.tokenize(t) : mode === 'fmm' ? fmm(t) : timed(t)),
      tokenizeMany: (ts) => ts.map((t) => (phase === 'i' ? seg.tokenize(t) : mode === 'fmm' ? fmm(t) : timed(t))),
    };
    const m = createMatcher({ chains: maps, tokenizer: tok });
    phase = 'e';
    const prepared = ents.map((e) => m.prepare(e));
    phase = 'i';
    const idx = m.index(items, m.collectStats(prepared, items));
    const c = createCollector(idx, { top: 10, by: 'item', minScore: 0 });
    for (const pe of prepared) c.add(pe);
    const run = new Map<string, string[]>(qs.map((q) => [q.id, []]));
    for (const x of c.matches()) run.get(x.itemId)!.push(x.enterpriseId);
    const nd = qs.map((q) => ndcgAt(10, run.get(q.id)!, grades.get(q.id)!)).reduce((a, b) => a + b, 0) / qs.length;
    console.log(
      setName,
      mode,
      nd.toFixed(4),
      mode === 'fmm'
        ? `trie scan of the Han text ${(us / ents.length).toFixed(1)} µs/firm`
        : `tokenizer ${(us / ents.length).toFixed(1)} µs/firm`,
    );
  }
}
