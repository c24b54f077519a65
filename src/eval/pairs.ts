/**
 * Feature values of labelled pairs, computed by a matcher: the input of weight fitting. Pure.
 */
import type { Matcher } from '../match/matcher.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import type { Issue } from '../schema/issue.js';
import type { LabelledPair } from './fit.js';
import type { Label } from './metrics.js';

/**
 * For each label, the raw feature values of its (item, enterprise) pair as `matcher` computes
 * them (null = not applicable), with corpus statistics from all `enterprises` — the same numbers
 * `matcher.explain(item, enterprise, matcher.collectStats(enterprises, items))` gives. Labels naming
 * an unknown item or enterprise come back as issues.
 * @example
 * const { pairs } = labelledPairs(createMatcher(), items, enterprises, labels);
 * crossValidateWeights(pairs, { defaultWeights: matcher.describe().weights });
 */
export function labelledPairs(
  matcher: Matcher,
  items: readonly ChainGapItem[],
  enterprises: readonly Enterprise[],
  labels: readonly Label[],
): { pairs: LabelledPair[]; issues: Issue[] } {
  const byId = new Map<string, Enterprise>();
  for (const e of enterprises) if (!byId.has(e.id)) byId.set(e.id, e);
  const idx = matcher.index(items, matcher.collectStats(enterprises, items));
  // The index keeps its own (id) order: look items up by position in it, not in `items`.
  const itemIndex = new Map<string, number>(idx.items.map((pi, i) => [pi.item.id, i]));
  const prepared = new Map<string, ReturnType<typeof idx.prepare>>();
  const pairs: LabelledPair[] = [];
  const issues: Issue[] = [];
  labels.forEach((l, n) => {
    const i = itemIndex.get(l.itemId);
    const e = byId.get(l.enterpriseId);
    if (i === undefined)
      issues.push({ code: 'unknown_item', path: [n, 'itemId'], message: `label names unknown item ${l.itemId}` });
    if (e === undefined)
      issues.push({
        code: 'unknown_enterprise',
        path: [n, 'enterpriseId'],
        message: `label names unknown enterprise ${l.enterpriseId}`,
      });
    if (i === undefined || e === undefined) return;
    let pe = prepared.get(e.id);
    if (!pe) prepared.set(e.id, (pe = idx.prepare(e)));
    const x = idx.explain(i, pe);
    pairs.push({ itemId: l.itemId, enterpriseId: l.enterpriseId, grade: l.grade, values: x.values });
  });
  return { pairs, issues };
}
