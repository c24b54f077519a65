export { loadBundledData, bundledDataDir, BUNDLED_FILES } from './load.js';
export type { BundledData } from './load.js';
export { loadChainMaps, BUNDLED_CHAIN_MAPS } from './chains.js';
export type { LoadChainMapsOptions } from './chains.js';
