import type { Command } from 'commander';
import type { ChainMap } from '../../schema/chain.js';

/** Flags of {@link addChainsOption}: commander sets `chains` to false for `--no-chains`. */
export interface ChainsFlags {
  chains?: string | boolean;
}

/** `--chains <file>` (chain maps for the chain-link feature; default the bundled ones) and `--no-chains`. */
export function addChainsOption(command: Command): Command {
  return command
    .option('--chains <file>', 'chain maps for the chain-link feature (JSON; default: the bundled data/chains.json)')
    .option('--no-chains', 'score without the chain-link feature');
}

/** The chain maps the matcher scores with: the file given, the bundled ones, or none with `--no-chains`. */
export async function chainMapsOf(flags: ChainsFlags): Promise<{ chains: ChainMap[] } | Record<string, never>> {
  if (flags.chains === false) return {};
  const { loadChainMaps } = await import('../../data/chains.js');
  return { chains: await loadChainMaps(typeof flags.chains === 'string' ? flags.chains : undefined) };
}
