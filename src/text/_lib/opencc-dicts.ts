/** @internal The dictionaries of an OpenCC conversion (opencc-js's `Locale.configs`), read without loading OpenCC. */
export type OpenCCDict = string | [string, string][];
/** @internal One conversion of opencc-js's `Locale.configs`. */
export interface OpenCCConfig {
  normalizationChain?: OpenCCDict[][];
  segmentation?: OpenCCDict[];
  conversionChain: OpenCCDict[][];
}

/** @internal The `[key, value]` entries of dictionaries (`key value` strings joined by `|`, or pairs), as opencc-js loads them. */
export function* dictEntries(dicts: readonly OpenCCDict[]): Generator<readonly [string, string]> {
  for (const dict of dicts)
    for (const entry of typeof dict === 'string' ? dict.split('|') : dict) {
      if (typeof entry !== 'string') yield entry;
      else {
        const space = entry.indexOf(' ');
        yield [entry.slice(0, Math.max(0, space)), entry.slice(space + 1).split(' ')[0]!];
      }
    }
}

/**
 * @internal Every character a conversion may change: of each entry of its normalization and conversion dictionaries,
 * the key's characters that differ from the value's at their place (all of them where the lengths differ), sorted by
 * code point. Each stage replaces keys found in the text by their values, and segmentation only cuts the text: a
 * text with none of these characters comes out of the conversion as it went in.
 */
export function changedChars(config: OpenCCConfig): string {
  const changed = new Set<string>();
  for (const [key, value] of dictEntries([
    ...(config.normalizationChain ?? []).flat(),
    ...config.conversionChain.flat(),
  ])) {
    const k = [...key];
    const v = [...value];
    k.forEach((c, i) => {
      if (k.length !== v.length || c !== v[i]) changed.add(c);
    });
  }
  return [...changed].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
