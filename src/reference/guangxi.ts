/**
 * Guangxi's cities, parks and leading industries. The table is data: `data/reference/guangxi-cities.json` (bundled
 * into the build), typed and frozen here.
 */
import cities from '../../data/reference/guangxi-cities.json' with { type: 'json' };

/** A key industrial park (重点园区) of a Guangxi city. */
export interface GuangxiPark {
  name: string;
  en: string;
  /** Leading industries (主导产业), in Chinese. */
  industries: readonly string[];
}

/** One of Guangxi's 14 prefecture-level cities (设区市). */
export interface GuangxiCity {
  /** GB/T 2260 code. */
  code: string;
  /** Official name, e.g. 柳州市. */
  name: string;
  /** Short name, e.g. 柳州. */
  short: string;
  en: string;
  /** On the Beibu Gulf coast (北部湾沿海). */
  coastal: boolean;
  /** Borders Vietnam (沿边). */
  border: boolean;
  /** Leading industries of the city (主导产业), in Chinese. */
  industries: readonly string[];
  parks: readonly GuangxiPark[];
}

/** Guangxi's 14 prefecture-level cities with their key parks and leading industries. */
export const GUANGXI_CITIES: readonly GuangxiCity[] = Object.freeze(
  cities.map((c) =>
    Object.freeze({
      ...c,
      industries: Object.freeze(c.industries),
      parks: Object.freeze(c.parks.map((p) => Object.freeze({ ...p, industries: Object.freeze(p.industries) }))),
    }),
  ),
);

const BY_NAME = new Map<string, GuangxiCity>();
for (const c of GUANGXI_CITIES) for (const k of [c.name, c.short, c.en.toLowerCase(), c.code]) BY_NAME.set(k, c);

/**
 * Finds a Guangxi city by official name, short name, English name or code.
 * @example lookupGuangxiCity('Liuzhou')?.name // '柳州市'
 */
export function lookupGuangxiCity(name: string): GuangxiCity | undefined {
  const k = name.trim();
  return BY_NAME.get(k) ?? BY_NAME.get(k.toLowerCase());
}
