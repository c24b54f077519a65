/**
 * Experiment for the chain feature (#13): does knowing a firm's chain link and role re-order the top of the
 * default ranking for the better? For each query: the default top 50, then score + β·fit, where fit is 1 for the
 * item's own link in a fitting role, 0.6 for a direct supplier or customer link, 0.3 for the same chain, and a
 * wrong role (a trader, or an equipment maker for a production item) multiplies it by `penalty`. NDCG@10 on the
 * dev and held-out sets; β and the penalty are read from the dev set only.
 * Run: npx tsx bench/chain-rerank.ts   (skips when ../shared/eval/companies.tsv is absent)
 */
import {
  createChainInferrer,
  createMatcher,
  linkNeighbours,
  type ChainMap,
  type ChainProfile,
  type Enterprise,
} from '../src/index.js';
import { loadChainMaps } from '../src/node.js';
import { gradesFor, loadCompanies, ndcgAt } from './_lib/corpus.js';
import { QUERIES, type BenchQuery } from './queries.js';
import { HELDOUT_QUERIES } from './queries-heldout.js';

const companies = loadCompanies();
if (!companies) {
  console.log('bench/chain-rerank: ../shared/eval/companies.tsv not found — skipped');
  process.exit(0);
}
const maps = await loadChainMaps();
const infer = createChainInferrer(maps);
const mapOf = new Map<string, ChainMap>(maps.map((m) => [m.chainId, m]));
const enterprises: Enterprise[] = companies.map((c) => ({ id: c.code, name: c.name, description: c.desc }));
const profiles = new Map(companies.map((c) => [c.code, infer(c.desc)]));
const K = 10;
const POOL = 50;

/** How well a firm's links and role fit an item's. */
function linkFit(item: ChainProfile, firm: ChainProfile, penalty: number): number {
  let best = 0;
  for (const a of item.links)
    for (const b of firm.links) {
      let v = 0;
      if (a.chainId === b.chainId && a.linkId === b.linkId) v = 1;
      else if (a.chainId === b.chainId) {
        const n = linkNeighbours(mapOf.get(a.chainId)!, a.linkId);
        v = [...n.suppliers, ...n.customers].some((l) => l.id === b.linkId) ? 0.6 : 0.3;
      }
      const wantsEquipment = item.role === 'equipment';
      const wrongRole = b.role === 'distributor' || (b.role === 'equipment') !== wantsEquipment;
      best = Math.max(best, v * a.weight * b.weight * (wrongRole ? penalty : 1));
    }
  return best;
}

/** A firm in the wrong role for the item: a trader, or an equipment maker for a production item (or the reverse). */
function wrongRole(item: ChainProfile, firm: ChainProfile): boolean {
  if (firm.links.length === 0) return false;
  return firm.role === 'distributor' || (firm.role === 'equipment') !== (item.role === 'equipment');
}

function run(qs: readonly BenchQuery[], beta: number, penalty: number, demote = 1): number {
  const items = qs.map((q) => ({
    id: q.id,
    title: q.title,
    keywords: q.keywords,
    description: q.description,
    theme: q.theme,
  }));
  const matches = createMatcher().rank(items, enterprises, { top: POOL });
  let sum = 0;
  for (const q of qs) {
    const ip = infer([q.title, q.title, ...q.keywords, q.description].join('。'));
    const ranked = matches
      .filter((m) => m.itemId === q.id)
      .map((m) => {
        const fp = profiles.get(m.enterpriseId)!;
        return {
          id: m.enterpriseId,
          s: (m.score + beta * linkFit(ip, fp, penalty)) * (wrongRole(ip, fp) ? demote : 1),
        };
      })
      .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1))
      .map((x) => x.id);
    sum += ndcgAt(K, ranked, gradesFor(q, companies!));
  }
  return sum / qs.length;
}

console.log('beta | penalty | demote | dev NDCG@10 | heldout NDCG@10');
for (const [beta, penalty, demote] of [
  [0, 1, 1],
  [0.05, 0.5, 1],
  [0.1, 0.5, 1],
  [0.2, 0.5, 1],
  [0, 1, 0.9],
  [0, 1, 0.8],
  [0, 1, 0.6],
  [0.05, 0.5, 0.8],
] as const) {
  console.log(
    `${beta} | ${penalty} | ${demote} | ${run(QUERIES, beta, penalty, demote).toFixed(3)} | ${run(HELDOUT_QUERIES, beta, penalty, demote).toFixed(3)}`,
  );
}
