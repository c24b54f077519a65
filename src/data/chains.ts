/**
 * Node-only loader of chain maps (`data/chains.json`): the links of each bundled chain, upstream to downstream.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ChainmatchError } from '../errors.js';
import { chainMapsSchema, type ChainMap, type ThemeChainIds } from '../schema/chain.js';
import { SectorThemeSchema } from '../schema/domain.js';
import { toIssues } from '../schema/issue.js';
import { BUNDLED_FILES, bundledDataDir } from './load.js';

/** File name of the bundled chain maps inside the data directory. */
export const BUNDLED_CHAIN_MAPS = 'chains.json';

/** Options of {@link loadChainMaps}. */
export interface LoadChainMapsOptions {
  /**
   * Themes the maps must cover exactly (every map names one of their chains, every chain has a map). Default: the
   * bundled themes when loading the bundled maps, no coverage check for a file of your own.
   */
  themes?: ThemeChainIds;
}

/**
 * Loads and validates a chain-map file (a JSON array of `ChainMap`); default: the bundled `data/chains.json`,
 * checked against the bundled themes. Throws a `ChainmatchError` (`INVALID_INPUT`, every issue with `file`)
 * when the file is not valid.
 * @example
 * const maps = await loadChainMaps();
 * maps.find((m) => m.chainId === 'new-energy-vehicles')!.links.map((l) => l.id)
 * // ['battery-materials', 'battery-cells', 'battery-pack', …, 'vehicle', 'charging-services']
 */
export async function loadChainMaps(file?: string, opts: LoadChainMapsOptions = {}): Promise<ChainMap[]> {
  const path = file ?? join(bundledDataDir(), BUNDLED_CHAIN_MAPS);
  const themes = opts.themes ?? (file === undefined ? await bundledThemes() : undefined);
  const r = chainMapsSchema(themes).safeParse(await readJson(path));
  if (!r.success) throw ChainmatchError.invalidInput(toIssues(r.error).map((i) => ({ ...i, file: path })));
  return r.data;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw ChainmatchError.invalidInput([{ code: 'invalid_json', path: [], message: (e as Error).message, file }]);
  }
}

async function bundledThemes(): Promise<ThemeChainIds> {
  const file = join(bundledDataDir(), BUNDLED_FILES.themes);
  const r = z.array(SectorThemeSchema).safeParse(await readJson(file));
  if (!r.success) throw ChainmatchError.invalidInput(toIssues(r.error).map((i) => ({ ...i, file })));
  return r.data;
}
