import { z } from 'zod';
import { parseOptions } from './_lib/options.js';
import type { Reason } from '../schema/match.js';
import { byString } from '../_lib/order.js';

/** What an invitation list needs of a match: the pair, its score and reason, and the item's theme when known. */
export interface InviteMatch {
  itemId: string;
  enterpriseId: string;
  score: number;
  reason: Reason;
  theme?: string | undefined;
}

/** One firm to invite to a theme session: the items it fits, best first. */
export interface Invitation {
  /** 1-based position in the session's list. */
  rank: number;
  enterpriseId: string;
  /** Its best score in the session. */
  bestScore: number;
  /** The session's items it fits, best first (ties by item id). */
  items: { itemId: string; score: number }[];
  /** Why, in one sentence: the reason of its best match. */
  reason: Reason;
}

/** The invitation list of one theme session (专题对接活动). */
export interface InvitationList {
  /** Theme id; `''` for matches whose item has no theme. */
  theme: string;
  /** Firms invited, ranked by best score (then number of items, then id), at most `perSession`. */
  invitations: Invitation[];
  /** Firms that fit the session before the cap. */
  candidates: number;
}

/** Options of {@link invitationLists}. */
export const InviteOptionsSchema = z.strictObject({
  /** Firms per session. Default: no cap. */
  perSession: z.number().int().min(1).optional(),
  /** Only matches scoring at least this count. Default 0. */
  minScore: z.number().min(0).max(1).optional(),
  /** Items, for the theme of matches that carry none. */
  items: z.array(z.looseObject({ id: z.string(), theme: z.string().optional() })).optional(),
  /** Theme ids in the order the lists come in (others follow, sorted; unassigned last). */
  themes: z.array(z.string()).optional(),
});
export type InviteOptions = z.input<typeof InviteOptionsSchema>;

/**
 * Invitation lists per theme session: one entry per firm — the session's items it fits (best first, with scores),
 * the reason of its best match, ranked by its best score (then how many items it fits, then id) and cut at
 * `perSession`. A firm that fits items of several themes is on each of those lists. Pure and deterministic.
 *
 * @example
 * const lists = invitationLists(matches, { items, perSession: 60, minScore: 0.3 });
 * lists[0].invitations[0]; // { rank: 1, enterpriseId: 'E000481', bestScore: 0.68, items: [...], reason: {...} }
 */
export function invitationLists(matches: Iterable<InviteMatch>, options: InviteOptions = {}): InvitationList[] {
  const o = parseOptions(InviteOptionsSchema, options, 'invitation');
  const itemTheme = new Map<string, string>();
  for (const it of o.items ?? []) if (it.theme !== undefined) itemTheme.set(it.id, it.theme);
  const minScore = o.minScore ?? 0;
  // theme → firm → its matches in the theme
  const sessions = new Map<string, Map<string, InviteMatch[]>>();
  for (const m of matches) {
    if (!(m.score >= minScore)) continue;
    const theme = m.theme ?? itemTheme.get(m.itemId) ?? '';
    let firms = sessions.get(theme);
    if (!firms) sessions.set(theme, (firms = new Map()));
    let ms = firms.get(m.enterpriseId);
    if (!ms) firms.set(m.enterpriseId, (ms = []));
    ms.push(m);
  }
  const order = (o.themes ?? []).filter((t) => sessions.has(t));
  order.push(...[...sessions.keys()].filter((t) => t !== '' && !order.includes(t)).sort(byString));
  if (sessions.has('')) order.push('');
  return order.map((theme) => {
    const firms = [...sessions.get(theme)!].map(([enterpriseId, ms]) => {
      // One entry per item (a match file may repeat a pair): its best score.
      const best = new Map<string, InviteMatch>();
      for (const m of ms) if (!best.has(m.itemId) || m.score > best.get(m.itemId)!.score) best.set(m.itemId, m);
      const sorted = [...best.values()].sort((a, b) => b.score - a.score || byString(a.itemId, b.itemId));
      return {
        enterpriseId,
        items: sorted.map((m) => ({ itemId: m.itemId, score: m.score })),
        bestScore: sorted[0]!.score,
        reason: sorted[0]!.reason,
      };
    });
    firms.sort(
      (a, b) =>
        b.bestScore - a.bestScore || b.items.length - a.items.length || byString(a.enterpriseId, b.enterpriseId),
    );
    const kept = o.perSession === undefined ? firms : firms.slice(0, o.perSession);
    return { theme, candidates: firms.length, invitations: kept.map((f, i) => ({ rank: i + 1, ...f })) };
  });
}
