/** What the real-corpus benches share: a bench query as a chain-gap item, and the MiniSearch BM25 baseline. */
import MiniSearch from 'minisearch';
import type { ChainGapItem, Enterprise } from '../../src/index.js';
import type { BenchQuery } from '../queries.js';

/** A bench query as the chain-gap item chainmatch ranks for it. */
export const toItem = (q: BenchQuery): ChainGapItem => ({
  id: q.id,
  title: q.title,
  keywords: q.keywords,
  description: q.description,
  theme: q.theme,
});

const seg = new Intl.Segmenter('zh', { granularity: 'word' });
/** The baseline's tokens: Intl.Segmenter words, cut at sentence ends first. */
export const segTokens = (s: string): string[] => {
  const out: string[] = [];
  for (const sentence of s.split(/[。；;！!？?\n]/u))
    for (const w of seg.segment(sentence)) if (w.isWordLike) out.push(w.segment);
  return out;
};

/** The baseline: MiniSearch BM25 over name and description, indexed from scratch; the top `k` ids per query. */
export function miniSearch(
  qs: readonly BenchQuery[],
  enterprises: readonly Enterprise[],
  k: number,
): Map<string, string[]> {
  const ms = new MiniSearch({ fields: ['name', 'description'], idField: 'id', tokenize: segTokens });
  ms.addAll([...enterprises]);
  return new Map(
    qs.map((q) => [
      q.id,
      ms
        .search([q.title, ...q.keywords, q.description].join(' '))
        .slice(0, k)
        .map((r) => String(r.id)),
    ]),
  );
}
