import { z } from 'zod';
import { parseOptions } from './_lib/options.js';
import { byString } from '../_lib/order.js';

/** A scored enterprise–item pair (a planned meeting or a match). */
export interface TourPair {
  enterpriseId: string;
  itemId: string;
  score: number;
}

/** One inspection tour (投资考察线路, the「N」of 1+4+N). */
export interface Tour {
  /** `N01`, `N02`, … in order of first city, then size. */
  id: string;
  /** Itinerary: the shared host city first, then the cities the group cares most about. */
  cities: string[];
  /** Members, by descending interest in the first city, then id. */
  enterprises: string[];
  /** Sum of the members' scores in the tour's cities. */
  score: number;
}

export interface TourPlan {
  tours: Tour[];
  /** Enterprises none of whose items has a known host city. */
  unassigned: { enterpriseId: string; reason: 'no-host-city' }[];
  options: { capacity: number; maxStops: number };
}

export const TourOptionsSchema = z.strictObject({
  /** Items, for their `hostCity`. Required. */
  items: z.array(z.looseObject({ id: z.string(), hostCity: z.string().optional() })),
  /** Enterprises per tour (a coach). Default 20. */
  capacity: z.number().int().min(1).max(100_000).optional(),
  /** Cities per itinerary. Default 3. */
  maxStops: z.number().int().min(1).max(100).optional(),
  /** Only these enterprises (e.g. those invited); default every enterprise in `pairs`. */
  enterprises: z.array(z.string()).optional(),
});
export type TourOptions = z.input<typeof TourOptionsSchema>;

/** Defaults of {@link planTours}: 20 enterprises per tour, 3 cities per itinerary. */
export const DEFAULT_TOUR_OPTIONS = Object.freeze({ capacity: 20, maxStops: 3 });

/**
 * Groups enterprises into inspection tours (投资考察) by the host cities of their best matches:
 * each enterprise joins a tour of the city where its scores add up highest; a city with more
 * enterprises than `capacity` gets several tours of near-equal size; each itinerary then adds
 * the cities its members score highest in, up to `maxStops`. Deterministic (ties by name, id).
 *
 * @example
 * const { tours } = planTours(plan.meetings, { items, capacity: 20 });
 * tours[0]; // { id: 'N01', cities: ['北海', '钦州'], enterprises: ['e1', 'e7'], score: 3.1 }
 */
export function planTours(pairs: Iterable<TourPair>, options: TourOptions): TourPlan {
  const o = parseOptions(TourOptionsSchema, options, 'tour');
  const capacity = o.capacity ?? DEFAULT_TOUR_OPTIONS.capacity;
  const maxStops = o.maxStops ?? DEFAULT_TOUR_OPTIONS.maxStops;
  const cityOf = new Map<string, string>();
  for (const it of o.items)
    if (it.hostCity !== undefined && it.hostCity.trim() !== '') cityOf.set(it.id, it.hostCity.trim());
  const only = o.enterprises ? new Set(o.enterprises) : undefined;

  const interest = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  for (const p of pairs) {
    if (only && !only.has(p.enterpriseId)) continue;
    seen.add(p.enterpriseId);
    const city = cityOf.get(p.itemId);
    if (city === undefined || !(p.score > 0)) continue;
    let m = interest.get(p.enterpriseId);
    if (!m) interest.set(p.enterpriseId, (m = new Map()));
    m.set(city, (m.get(city) ?? 0) + p.score);
  }
  if (only) for (const e of only) seen.add(e);

  const ranked = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  const groups = new Map<string, { id: string; score: number }[]>();
  for (const [e, m] of interest) {
    const [city, score] = ranked(m)[0]!;
    const g = groups.get(city) ?? [];
    g.push({ id: e, score });
    groups.set(city, g);
  }
  const tours: Tour[] = [];
  for (const city of [...groups.keys()].sort(byString)) {
    const members = groups.get(city)!.sort((a, b) => b.score - a.score || byString(a.id, b.id));
    const n = Math.ceil(members.length / capacity);
    for (let k = 0; k < n; k++) {
      const chunk = members.slice(Math.floor((k * members.length) / n), Math.floor(((k + 1) * members.length) / n));
      const cityScores = new Map<string, number>();
      for (const mem of chunk)
        for (const [c, s] of interest.get(mem.id)!) cityScores.set(c, (cityScores.get(c) ?? 0) + s);
      const others = ranked(cityScores)
        .filter(([c]) => c !== city)
        .slice(0, maxStops - 1)
        .map(([c]) => c);
      const cities = [city, ...others];
      const score = chunk.reduce(
        (s, mem) => s + cities.reduce((x, c) => x + (interest.get(mem.id)!.get(c) ?? 0), 0),
        0,
      );
      tours.push({ id: '', cities, enterprises: chunk.map((m) => m.id), score });
    }
  }
  for (const [k, t] of tours.entries()) t.id = `N${String(k + 1).padStart(2, '0')}`;
  const unassigned = [...seen]
    .filter((e) => !interest.has(e))
    .sort(byString)
    .map((enterpriseId) => ({ enterpriseId, reason: 'no-host-city' as const }));
  return { tours, unassigned, options: { capacity, maxStops } };
}
