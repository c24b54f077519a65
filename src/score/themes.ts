import type { SectorTheme } from '../schema/domain.js';
import { normalizeText } from '../text/normalize.js';

/** The form a theme name is compared in: normalized (Traditional → Simplified, full-width → half-width, spaces collapsed) and lower-cased. */
const key = (name: string) => normalizeText(name).toLowerCase();

/**
 * The theme resolver: finds the theme an item's `theme` field names, by id, Chinese name or English name, in
 * either script, any case or width — `electronic-information`, `电子信息`, `電子信息` and `Electronic Information`
 * name one theme. An id is taken before a name; of two themes with the same name, the first. Blank names none.
 * @example themeResolver(themes)('電子信息')?.id // 'electronic-information'
 */
export function themeResolver(themes: readonly SectorTheme[]): (name: string | undefined) => SectorTheme | undefined {
  const byId = new Map<string, SectorTheme>();
  const byName = new Map<string, SectorTheme>();
  for (const t of themes) if (!byId.has(key(t.id))) byId.set(key(t.id), t);
  for (const t of themes)
    for (const name of [t.name, t.nameEn]) if (name !== undefined && !byName.has(key(name))) byName.set(key(name), t);
  return (name) => {
    const k = name === undefined ? '' : key(name);
    return k === '' ? undefined : (byId.get(k) ?? byName.get(k));
  };
}
