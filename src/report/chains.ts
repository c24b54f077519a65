import { chainCoverage } from '../chain/coverage.js';
import { CHAIN_STAGE_ZH, type ChainMap } from '../schema/chain.js';
import type { ChainGapItem, Enterprise } from '../schema/domain.js';
import type { Match } from '../schema/match.js';

/** Status of a link in the page's data: `c` covered, `g` gap (items, no qualifying firm), `n` no item. */
export type LinkStatus = 'c' | 'g' | 'n';

/** One chain of the report's 产业链 view: its links upstream → downstream with their coverage. */
export interface ChainView {
  /** Index into `ReportData.themes`. */
  theme: number;
  name: string;
  links: {
    name: string;
    en?: string;
    /** Chinese stage name (材料, 零部件 …). */
    stage: string;
    s: LinkStatus;
    /** A typical 链主 link of the chain. */
    lead?: 1;
    /** Indexes into `ReportData.items`: the gap items at this link. */
    items: number[];
    /** Qualifying firms, best first: index into `ReportData.firms` and the firm's best score at this link. */
    firms: [firm: number, score: number][];
  }[];
  /** 链主 candidates: index into `ReportData.firms`, index into `links`, revenue (亿元) or null. */
  leaders: [firm: number, link: number, revenue: number | null][];
}

/** What {@link chainViews} needs of the report being built. */
export interface ChainViewContext {
  items: readonly ChainGapItem[];
  enterprises: readonly Enterprise[];
  matches: readonly Match[];
  maps: readonly ChainMap[];
  minScore: number;
  /** The report's theme index of a map's theme id, or undefined when the report has no such theme. */
  themeOf: (themeId: string) => number | undefined;
  /** The report's index of an item id. */
  itemOf: (itemId: string) => number | undefined;
  /** The report's index of a firm id (adding the firm if it is not there yet). */
  firmOf: (firmId: string) => number;
  /** The report's display name of a chain of a theme, if its themes name it. */
  chainName: (theme: number, chainId: string) => string | undefined;
  round: (v: number) => number;
}

const STATUS: Record<'covered' | 'gap' | 'none', LinkStatus> = { covered: 'c', gap: 'g', none: 'n' };

/**
 * The 产业链 view: `chainCoverage` over the report's own matches, so a link's counts are the ones `chainmatch
 * chains` prints for the same matches and minimum score. Maps of themes the report does not show are left out;
 * chains come grouped by theme in the report's theme order, each theme's in the maps' order.
 */
export function chainViews(ctx: ChainViewContext): ChainView[] {
  const placed = ctx.maps
    .map((map, i) => ({ map, i, theme: ctx.themeOf(map.themeId) }))
    .filter((x): x is { map: ChainMap; i: number; theme: number } => x.theme !== undefined)
    .sort((a, b) => a.theme - b.theme || a.i - b.i);
  if (placed.length === 0) return [];
  const coverage = chainCoverage({
    items: ctx.items,
    enterprises: ctx.enterprises,
    matches: ctx.matches,
    maps: placed.map((x) => x.map),
    minScore: ctx.minScore,
  });
  return coverage.map((c, ci): ChainView => {
    const map = placed[ci]!.map;
    const links = c.links.map((l, li): ChainView['links'][number] => {
      const link: ChainView['links'][number] = {
        name: l.name,
        stage: CHAIN_STAGE_ZH[l.stage],
        s: STATUS[l.status],
        items: l.items.map((it) => ctx.itemOf(it.id)).filter((i): i is number => i !== undefined),
        firms: l.firms.map((f) => [ctx.firmOf(f.id), ctx.round(f.score)]),
      };
      const en = map.links[li]?.nameEn;
      if (en) link.en = en;
      if (l.chainLeader) link.lead = 1;
      return link;
    });
    return {
      theme: placed[ci]!.theme,
      name: ctx.chainName(placed[ci]!.theme, c.chainId) ?? c.name,
      links,
      leaders: c.leaders.map((x) => [
        ctx.firmOf(x.id),
        c.links.findIndex((l) => l.linkId === x.linkId),
        x.revenue ?? null,
      ]),
    };
  });
}
