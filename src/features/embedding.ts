import type { Feature, PreparedEnterprise, PreparedItem } from './types.js';
import { DEFAULT_WEIGHTS } from './weights.js';

function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return 0;
  let dot = 0,
    na = 0,
    nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? Math.max(0, dot / Math.sqrt(na * nb)) : 0;
}

/**
 * Cosine of user-supplied embeddings, clipped to [0, 1]. Applies when the item carries one; an enterprise
 * without one is skipped. Vectors of different lengths count as 0. Not a gating feature: it reranks
 * candidates found by text or industry code.
 */
export function createEmbeddingFeature(weight: number = DEFAULT_WEIGHTS.embedding): Feature {
  return Object.freeze({
    name: 'embedding',
    weight,
    label: { zh: '语义向量相似度', en: 'embedding similarity' },
    missing: 'skip' as const,
    applies: (item: PreparedItem) => item.item.embedding !== undefined,
    // Vectors are too large to keep: enterprises are read again for items with one.
    digester: (items: readonly PreparedItem[]) =>
      items.some((it) => it.item.embedding !== undefined) ? undefined : null,
    score: (item: PreparedItem, e: PreparedEnterprise) =>
      e.enterprise.embedding ? cosine(item.item.embedding!, e.enterprise.embedding) : null,
    describe: (_i: PreparedItem, _e: PreparedEnterprise, v: number) => ({
      zh: `语义向量相似度 ${v.toFixed(2)}`,
      en: `embedding similarity ${v.toFixed(2)}`,
    }),
  });
}
