import type { ChainGapItem, Enterprise, SectorTheme } from '../../schema/domain.js';
import type { ColumnDef, Lang } from './sheets.js';
import { byString } from '../../_lib/order.js';

/** Items, enterprises or themes, as a list or a map by id. */
export type ById<T extends { id: string }> = Iterable<T> | ReadonlyMap<string, T>;

/** @internal A map by id (the first record of an id wins), or undefined. */
export const toMap = <T extends { id: string }>(v: ById<T> | undefined): ReadonlyMap<string, T> | undefined => {
  if (v === undefined) return undefined;
  if (v instanceof Map) return v as ReadonlyMap<string, T>;
  const m = new Map<string, T>();
  for (const x of v as Iterable<T>) if (!m.has(x.id)) m.set(x.id, x);
  return m;
};

/** The records a table shows names of: items (titles, chains, host cities), enterprises (names, contacts), themes (names). */
export interface NameSources {
  items?: ById<ChainGapItem>;
  enterprises?: ById<Enterprise>;
  themes?: ById<SectorTheme>;
}

/** @internal Lookups from ids to what people read. */
export interface Names {
  item(id: string): ChainGapItem | undefined;
  enterprise(id: string): Enterprise | undefined;
  /** The theme's name (English name in English, when it has one), or the id itself when the theme is unknown. */
  themeName(id: string | undefined): string | undefined;
  /** The name of an item's chain: `chain` looked up as a chain id (in the item's theme first), else as given. */
  chainName(item: ChainGapItem | undefined): string | undefined;
  /** Theme ids in the order of the themes given. */
  themeOrder: readonly string[];
  /** Sorts by theme: the themes given first, in their order, then other ids sorted, unassigned (`''`) last. */
  byTheme<T>(list: readonly T[], theme: (x: T) => string): T[];
}

/** @internal Builds the lookups of {@link Names}; names in `lang` where the themes have them. */
export function names(src: NameSources, lang: Lang = 'zh'): Names {
  const items = toMap(src.items);
  const enterprises = toMap(src.enterprises);
  const themes = toMap(src.themes);
  const named = (x: { name: string; nameEn?: string | undefined }) => (lang === 'en' ? (x.nameEn ?? x.name) : x.name);
  const chains = new Map<string, string>();
  for (const t of themes?.values() ?? [])
    for (const c of t.chains ?? []) {
      chains.set(`${t.id}\u0000${c.id}`, named(c));
      if (!chains.has(c.id)) chains.set(c.id, named(c));
    }
  const order = [...(themes?.keys() ?? [])];
  const position = new Map(order.map((id, i) => [id, i]));
  return {
    item: (id) => items?.get(id),
    enterprise: (id) => enterprises?.get(id),
    themeName: (id) => {
      const t = id === undefined ? undefined : themes?.get(id);
      return t ? named(t) : id;
    },
    chainName: (item) =>
      item?.chain === undefined
        ? undefined
        : (chains.get(`${item.theme ?? ''}\u0000${item.chain}`) ?? chains.get(item.chain) ?? item.chain),
    themeOrder: order,
    byTheme: (list, theme) => {
      const rank = (x: (typeof list)[number]) =>
        theme(x) === '' ? order.length + 1 : (position.get(theme(x)) ?? order.length);
      return [...list].sort((a, b) => rank(a) - rank(b) || byString(theme(a), theme(b)));
    },
  };
}

type Contactable = Pick<Enterprise, 'contact' | 'position' | 'phone' | 'email' | 'extra'>;

const CONTACT_HEADERS = {
  enterprise: [
    ['contact', '联系人', 'Contact'],
    ['position', '职务', 'Position'],
    ['phone', '联系电话', 'Phone'],
    ['email', '邮箱', 'Email'],
  ],
  item: [
    ['contact', '承接地联系人', 'Host contact'],
    ['position', '承接地联系人职务', 'Host contact position'],
    ['phone', '承接地联系电话', 'Host phone'],
    ['email', '承接地邮箱', 'Host email'],
  ],
} as const;

/**
 * @internal Contact columns (联系人, 职务, 联系电话, 邮箱 — the host's for items) and one column per passthrough
 * column (`extra`) of the records `get` reaches from the rows, in order of first appearance. Item passthrough
 * columns are headed 环节·…; an enterprise's keeps its own header unless another column has it (then 企业·…).
 * Columns nobody filled are dropped by `chooseColumns` (they are optional).
 */
export function contactColumns<R>(
  side: 'enterprise' | 'item',
  rows: readonly R[],
  get: (row: R) => Contactable | undefined,
): ColumnDef<R>[] {
  const defs: ColumnDef<R>[] = CONTACT_HEADERS[side].map(([field, zh, en]) => ({
    zh,
    en,
    optional: true,
    value: (r: R) => get(r)?.[field],
  }));
  const extras = new Set<string>();
  for (const r of rows) for (const k of Object.keys(get(r)?.extra ?? {})) extras.add(k);
  const prefix = side === 'item' ? { zh: '环节·', en: 'Item ' } : { zh: '企业·', en: 'Enterprise ' };
  for (const k of extras) {
    const own = side === 'item' ? { zh: prefix.zh + k, en: prefix.en + k } : { zh: k, en: k };
    defs.push({
      ...own,
      prefix,
      optional: true,
      value: (r) => {
        const x = get(r)?.extra;
        return x && Object.hasOwn(x, k) ? x[k] : undefined;
      },
    });
  }
  return defs;
}

/** @internal 企业名称, 省份 (or the country), 城市 of the enterprise `get` reaches. */
export function enterpriseColumns<R>(get: (row: R) => Enterprise | undefined): ColumnDef<R>[] {
  return [
    { zh: '企业名称', en: 'Enterprise', optional: true, value: (r) => get(r)?.name },
    { zh: '省份', en: 'Province', optional: true, value: (r) => get(r)?.province ?? get(r)?.country },
    { zh: '城市', en: 'City', optional: true, value: (r) => get(r)?.city },
  ];
}
