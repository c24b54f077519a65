import { InvalidArgumentError } from 'commander';

/** An option parser: the number the value reads as, or commander's usage error with `message`. */
const numeric =
  (message: string, ok: (n: number) => boolean) =>
  (v: string): number => {
    const n = Number(v);
    if (!ok(n)) throw new InvalidArgumentError(message);
    return n;
  };

/** @internal Option parser for an integer ≥ min: `--k must be an integer ≥ 1`. */
export const intOption = (name: string, min: number) =>
  numeric(`${name} must be an integer ≥ ${min}`, (n) => Number.isInteger(n) && n >= min);

/** @internal Option parser for a finite number ≥ min: `--l2 must be a number ≥ 0`. */
export const numberOption = (name: string, min: number) =>
  numeric(`${name} must be a number ≥ ${min}`, (n) => Number.isFinite(n) && n >= min);

/** @internal Option parser for a score in [0, 1]: `--min-score must be in [0, 1]`. */
export const scoreOption = (name: string) => numeric(`${name} must be in [0, 1]`, (n) => n >= 0 && n <= 1);
