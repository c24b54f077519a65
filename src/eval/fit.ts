/**
 * Fitting feature weights from labelled pairs (权重拟合). Pure: no I/O; deterministic.
 *
 * The model is the matcher's own score, s = Σ w·v / Σ w over the features that apply (a null
 * value means "not applicable" and is left out of both sums, exactly as the matcher does), so
 * fitted weights drop into the matcher unchanged. Because s does not change when every weight is
 * scaled, weights live on the simplex (w ≥ 0, Σ w = 1). Two losses:
 *
 * - `pairwise` (default, RankNet): within each item, for every pair with grade_i > grade_j,
 *   log(1 + exp(−a·(s_i − s_j))). It only asks for the right order inside an item, which is what
 *   NDCG measures.
 * - `logistic`: P(grade ≥ threshold) = σ(a·(s − b)), cross-entropy (b: the score where P = ½).
 *
 * Both add an L2 penalty (λ/2)·‖w − w₀‖² pulling towards the default weights w₀, so with little
 * evidence the fit stays at the defaults; a feature that applies to no training pair keeps its default
 * weight exactly. The scale a = e^t (and bias b) are fitted alongside.
 * Optimisation: full-batch projected gradient descent with Armijo backtracking, a fixed iteration
 * cap and a relative tolerance on the objective. The only randomness is the seeded fold split.
 */
import { Matrix } from 'ml-matrix';
import { ChainmatchError, ErrorCodes } from '../errors.js';
import type { Issue } from '../schema/issue.js';
import { evaluate, type Label, type RankedPair } from './metrics.js';
import { stripUndefined } from '../_lib/objects.js';
import { byString } from '../_lib/order.js';
import { mulberry32 } from '../_lib/random.js';
import { applies, normalizeWeights, weightedScore, type FeatureValues } from './_lib/score.js';

/** A labelled (item, enterprise) pair with its raw feature values (null = not applicable). */
export interface LabelledPair {
  itemId: string;
  enterpriseId: string;
  grade: number;
  values: FeatureValues;
}

/** Options of {@link fitWeights} and {@link crossValidateWeights}. */
export interface FitOptions {
  /** Feature names, in output order. Default: keys of `defaultWeights`, else every key seen in `values`, sorted. */
  features?: readonly string[];
  /** The matcher's current weights: the L2 prior and the baseline. Default uniform. */
  defaultWeights?: Readonly<Record<string, number>>;
  /** Loss: `pairwise` (RankNet, default) or `logistic`. */
  loss?: 'pairwise' | 'logistic';
  /** Logistic only: grades at or above this are positives. Default 1. */
  threshold?: number;
  /** L2 strength λ towards the default weights (on the simplex). Default 0.01. */
  l2?: number;
  /** Iteration cap of gradient descent. Default 2000. */
  maxIterations?: number;
  /** Stop when the objective improves by less than this (relative). Default 1e-9. */
  tolerance?: number;
}

/** Options of {@link crossValidateWeights}. */
export interface CrossValidateOptions extends FitOptions {
  /** Folds, grouped by item. Default 5 (lowered to the number of items). */
  folds?: number;
  /** Seed of the fold split. Default 1. */
  seed?: number;
  /** NDCG cut-off for the held-out comparison. Default 10. */
  k?: number;
}

/** One fitted model. */
export interface FittedWeights {
  /** Normalised to sum 1 over `features`. */
  weights: Record<string, number>;
  features: string[];
  /** Features that apply to no training pair: kept at their (normalised) default weight. */
  fixed: string[];
  loss: 'pairwise' | 'logistic';
  /** Fitted score scale a (P = σ(a·Δs) or σ(a·(s − b))). */
  scale: number;
  /** Logistic only: the score b at which P(positive) = ½; 0 for pairwise. */
  bias: number;
  /** Final objective (mean loss + penalty). */
  objective: number;
  iterations: number;
  converged: boolean;
  /** Training pairs used (pairwise: ordered pairs; logistic: labelled pairs). */
  trainingPairs: number;
}

/** Spread of one fitted weight across folds (sample std, n − 1). */
export interface WeightSpread {
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** One fold of the cross-validation. */
export interface FoldResult {
  fold: number;
  trainItems: number;
  testItems: number;
  weights: Record<string, number>;
  /** Mean NDCG@k over the fold's held-out items. */
  ndcgFitted: number;
  ndcgDefault: number;
}

/** Result of {@link crossValidateWeights}. */
export interface CrossValidation {
  /** Fitted on all pairs. */
  fitted: FittedWeights;
  /** The defaults, normalised to sum 1. */
  defaultWeights: Record<string, number>;
  spread: Record<string, WeightSpread>;
  folds: FoldResult[];
  /**
   * Held-out NDCG@k, mean over every item with a relevant label (each is held out once),
   * re-ranking that item's labelled pairs by the fold's fitted weights, the defaults and uniform weights.
   */
  heldOut: { k: number; items: number; fitted: number; default: number; uniform: number };
  labels: number;
  items: number;
  /** Pairs skipped as invalid (non-finite grade, value outside [0, 1]). */
  issues: Issue[];
}

const DEFAULTS = Object.freeze({
  loss: 'pairwise' as const,
  threshold: 1,
  l2: 0.01,
  maxIterations: 2000,
  tolerance: 1e-9,
});
const T_MIN = Math.log(0.01);
const T_MAX = Math.log(1000);
const T_INIT = Math.log(5);

/**
 * Grade of a project outcome: rejected / declined 0 < accepted / signed 1 < agreement 2 <
 * started 3 < completed 4. Accepts the Chinese words (拒绝, 签约, 协议, 开工, 竣工 …);
 * `undefined` for anything else.
 * @example outcomeToGrade('started') // 3
 */
export function outcomeToGrade(outcome: string): number | undefined {
  return OUTCOME_GRADES.get(outcome.trim().toLowerCase());
}

const OUTCOME_GRADES = new Map<string, number>([
  ['rejected', 0],
  ['declined', 0],
  ['拒绝', 0],
  ['谢绝', 0],
  ['放弃', 0],
  ['未采纳', 0],
  ['accepted', 1],
  ['采纳', 1],
  ['接受', 1],
  ['signed', 1],
  ['签约', 1],
  ['已签约', 1],
  ['agreement', 2],
  ['协议', 2],
  ['签订协议', 2],
  ['合同', 2],
  ['履约', 2],
  ['started', 3],
  ['开工', 3],
  ['已开工', 3],
  ['在建', 3],
  ['completed', 4],
  ['完成', 4],
  ['已完成', 4],
  ['竣工', 4],
  ['投产', 4],
  ['已投产', 4],
  ['建成', 4],
]);

function resolveFeatures(pairs: readonly LabelledPair[], options: FitOptions): string[] {
  if (options.features) return [...options.features];
  if (options.defaultWeights) return Object.keys(options.defaultWeights);
  const seen = new Set<string>();
  for (const p of pairs) for (const f of Object.keys(p.values)) seen.add(f);
  return [...seen].sort(byString);
}

function validatePairs(
  pairs: readonly LabelledPair[],
  features: readonly string[],
): { valid: LabelledPair[]; issues: Issue[] } {
  const valid: LabelledPair[] = [];
  const issues: Issue[] = [];
  pairs.forEach((p, i) => {
    if (!Number.isFinite(p.grade) || p.grade < 0) {
      issues.push({
        code: 'invalid_grade',
        path: [i, 'grade'],
        message: `grade must be a finite number ≥ 0, got ${p.grade}`,
      });
      return;
    }
    for (const f of features) {
      const v = p.values[f];
      if (v !== null && v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) {
        issues.push({
          code: 'invalid_value',
          path: [i, 'values', f],
          message: `feature value must be in [0, 1] or null, got ${v}`,
        });
        return;
      }
    }
    valid.push(p);
  });
  // A fixed order makes the floating-point sums, hence the output bytes, independent of input order.
  valid.sort((a, b) => byString(a.itemId, b.itemId) || byString(a.enterpriseId, b.enterpriseId) || a.grade - b.grade);
  return { valid, issues };
}

/** Euclidean projection onto the probability simplex (Duchi et al., 2008). */
function projectToSimplex(v: readonly number[]): number[] {
  const u = [...v].sort((a, b) => b - a);
  let cumulative = 0;
  let theta = 0;
  for (let i = 0; i < u.length; i++) {
    cumulative += u[i]!;
    const t = (cumulative - 1) / (i + 1);
    if (u[i]! - t > 0) theta = t;
  }
  return v.map((x) => Math.max(0, x - theta));
}

const softplus = (x: number): number => (x > 30 ? x : x < -30 ? Math.exp(x) : Math.log1p(Math.exp(x)));
const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

interface Problem {
  features: string[];
  values: Matrix; // n × F, null → 0
  valuesT: Matrix;
  maskT: Matrix; // F × n, 1 where applicable
  mask: Matrix;
  grades: number[];
  pairsHi: Int32Array;
  pairsLo: Int32Array;
}

function buildProblem(pairs: readonly LabelledPair[], features: string[]): Problem {
  const n = pairs.length;
  const values = new Matrix(n, features.length);
  const mask = new Matrix(n, features.length);
  pairs.forEach((p, i) => {
    features.forEach((f, j) => {
      const v = p.values[f];
      if (applies(v)) {
        values.set(i, j, v);
        mask.set(i, j, 1);
      }
    });
  });
  const byItem = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const list = byItem.get(p.itemId);
    if (list) list.push(i);
    else byItem.set(p.itemId, [i]);
  });
  const hi: number[] = [];
  const lo: number[] = [];
  for (const rows of byItem.values()) {
    for (const a of rows) for (const b of rows) if (pairs[a]!.grade > pairs[b]!.grade) hi.push(a), lo.push(b);
  }
  return {
    features,
    values,
    valuesT: values.transpose(),
    mask,
    maskT: mask.transpose(),
    grades: pairs.map((p) => p.grade),
    pairsHi: Int32Array.from(hi),
    pairsLo: Int32Array.from(lo),
  };
}

interface Params {
  w: number[];
  t: number;
  b: number;
}

interface Evaluated {
  objective: number;
  gw: number[];
  gt: number;
  gb: number;
}

function objectiveAndGradient(pr: Problem, p: Params, prior: readonly number[], opts: Required<FitOptions>): Evaluated {
  const wCol = Matrix.columnVector(p.w);
  const num = pr.values.mmul(wCol).getColumn(0);
  const den = pr.mask.mmul(wCol).getColumn(0);
  const n = num.length;
  const s = num.map((x, i) => (den[i]! > 1e-12 ? x / den[i]! : 0));
  const a = Math.exp(p.t);
  const dLds = new Array<number>(n).fill(0);
  let loss = 0;
  let gt = 0;
  let gb = 0;
  if (opts.loss === 'pairwise') {
    const m = pr.pairsHi.length;
    for (let q = 0; q < m; q++) {
      const i = pr.pairsHi[q]!;
      const j = pr.pairsLo[q]!;
      const diff = s[i]! - s[j]!;
      loss += softplus(-a * diff);
      const g = -sigmoid(-a * diff); // d loss / d (a·diff)
      dLds[i]! += g * a;
      dLds[j]! -= g * a;
      gt += g * a * diff;
    }
    if (m > 0) {
      loss /= m;
      gt /= m;
      for (let i = 0; i < n; i++) dLds[i]! /= m;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const y = pr.grades[i]! >= opts.threshold ? 1 : 0;
      // z = a·(s − b): b is the score at which P = ½, which keeps a and b well conditioned.
      const z = a * (s[i]! - p.b);
      loss += y === 1 ? softplus(-z) : softplus(z);
      const g = sigmoid(z) - y;
      dLds[i] = (g * a) / n;
      gt += g * a * (s[i]! - p.b);
      gb -= g * a;
    }
    if (n > 0) {
      loss /= n;
      gt /= n;
      gb /= n;
    }
  }
  // ∂s_i/∂w_f = m_if (v_if − s_i) / den_i, so ∇w = Vᵀc − Mᵀ(c∘s) with c_i = dL/ds_i / den_i.
  const c = dLds.map((d, i) => (den[i]! > 1e-12 ? d / den[i]! : 0));
  const cs = c.map((x, i) => x * s[i]!);
  const g1 = pr.valuesT.mmul(Matrix.columnVector(c)).getColumn(0);
  const g2 = pr.maskT.mmul(Matrix.columnVector(cs)).getColumn(0);
  let penalty = 0;
  const gw = g1.map((x, f) => {
    const d = p.w[f]! - prior[f]!;
    penalty += d * d;
    return x - g2[f]! + opts.l2 * d;
  });
  return { objective: loss + (opts.l2 / 2) * penalty, gw, gt, gb };
}

/**
 * Fits non-negative feature weights (summing to 1) to labelled pairs; see the module notes for
 * the model. Invalid pairs are skipped; use {@link crossValidateWeights} to get them reported.
 * @example
 * const fit = fitWeights(pairs, { defaultWeights: matcher.describe().weights });
 * fit.weights // { text: 0.44, keywords: 0.03, industryCode: 0.12, ... } (sum 1)
 */
export function fitWeights(pairs: readonly LabelledPair[], options: FitOptions = {}): FittedWeights {
  const features = resolveFeatures(pairs, options);
  if (features.length === 0) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, 'fit needs at least one feature');
  const opts = resolveOptions(options);
  const { valid } = validatePairs(pairs, features);
  return fitProblem(buildProblem(valid, features), opts, normalizeWeights(options.defaultWeights ?? {}, features));
}

function resolveOptions(options: FitOptions): Required<FitOptions> {
  const opts = { ...DEFAULTS, ...stripUndefined(options) } as Required<FitOptions>;
  if (opts.loss !== 'pairwise' && opts.loss !== 'logistic') {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `loss must be 'pairwise' or 'logistic', got ${String(opts.loss)}`,
    );
  }
  if (!(opts.l2 >= 0)) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `l2 must be ≥ 0, got ${opts.l2}`);
  if (!Number.isInteger(opts.maxIterations) || opts.maxIterations < 0) {
    throw new ChainmatchError(
      ErrorCodes.INVALID_OPTION,
      `maxIterations must be an integer ≥ 0, got ${opts.maxIterations}`,
    );
  }
  return opts;
}

function fitProblem(pr: Problem, opts: Required<FitOptions>, defaults: Record<string, number>): FittedWeights {
  let prior = pr.features.map((f) => defaults[f]!);
  // A feature that applies to no training pair has no evidence: it keeps its default weight, and
  // the others share the rest of the simplex.
  const free = pr.features.map((_, f) => pr.maskT.getRow(f).some((m) => m > 0));
  const nFree = free.filter(Boolean).length;
  let mass = prior.reduce((sum, w, f) => sum + (free[f] ? w : 0), 0);
  if (nFree > 0 && mass < 1e-9) {
    // The applicable features all default to 0: give them half the simplex, uniformly, to start from.
    mass = 0.5;
    prior = prior.map((w, f) => (free[f] ? mass / nFree : w * 0.5));
  }
  const project = (w: readonly number[]): number[] => {
    if (nFree === 0) return [...prior];
    const freeParts = projectToSimplex(w.filter((_, f) => free[f]).map((x) => x / mass));
    let i = 0;
    return w.map((_, f) => (free[f] ? freeParts[i++]! * mass : prior[f]!));
  };
  let p: Params = { w: [...prior], t: T_INIT, b: opts.loss === 'logistic' ? 0.5 : 0 };
  let cur = objectiveAndGradient(pr, p, prior, opts);
  let step = 1;
  let iterations = 0;
  let converged = false;
  const logistic = opts.loss === 'logistic';
  while (iterations < opts.maxIterations) {
    iterations++;
    let accepted: { p: Params; e: Evaluated } | undefined;
    for (let tries = 0; tries < 60; tries++) {
      const next: Params = {
        w: project(p.w.map((w, f) => w - step * cur.gw[f]!)),
        t: Math.min(T_MAX, Math.max(T_MIN, p.t - step * cur.gt)),
        b: logistic ? p.b - step * cur.gb : 0,
      };
      // Armijo condition for projected gradient steps.
      const dw = next.w.map((w, f) => w - p.w[f]!);
      const dt = next.t - p.t;
      const db = next.b - p.b;
      const linear = dw.reduce((sum, d, f) => sum + d * cur.gw[f]!, 0) + dt * cur.gt + db * cur.gb;
      const sq = dw.reduce((sum, d) => sum + d * d, 0) + dt * dt + db * db;
      const e = objectiveAndGradient(pr, next, prior, opts);
      if (e.objective <= cur.objective + linear + sq / (2 * step) + 1e-15) {
        accepted = { p: next, e };
        break;
      }
      step /= 2;
    }
    if (!accepted) {
      converged = true;
      break;
    }
    const improvement = cur.objective - accepted.e.objective;
    p = accepted.p;
    cur = accepted.e;
    step *= 2;
    if (improvement <= opts.tolerance * Math.max(1, Math.abs(cur.objective))) {
      converged = true;
      break;
    }
  }
  const weights: Record<string, number> = {};
  for (const [i, f] of pr.features.entries()) weights[f] = p.w[i]!;
  return {
    weights: normalizeWeights(weights, pr.features),
    features: [...pr.features],
    fixed: pr.features.filter((_, f) => !free[f]),
    loss: opts.loss,
    scale: Math.exp(p.t),
    bias: p.b,
    objective: cur.objective,
    iterations,
    converged,
    trainingPairs: opts.loss === 'pairwise' ? pr.pairsHi.length : pr.grades.length,
  };
}

/**
 * Re-ranks each item's labelled pairs by `weights` (score = Σ w·v / Σ w over non-null values,
 * ties by enterpriseId) and returns the mean NDCG@k over items with a relevant label.
 * @example rerankedNdcg(pairs, { text: 0.7, keywords: 0.3 }, 10).ndcg
 */
export function rerankedNdcg(
  pairs: readonly LabelledPair[],
  weights: Readonly<Record<string, number>>,
  k = 10,
  features?: readonly string[],
): { ndcg: number; items: number; perItem: Map<string, number> } {
  const names = features ?? Object.keys(weights);
  const byItem = new Map<string, { enterpriseId: string; score: number }[]>();
  for (const p of pairs) {
    const list = byItem.get(p.itemId) ?? [];
    list.push({ enterpriseId: p.enterpriseId, score: weightedScore(p.values, weights, names) });
    byItem.set(p.itemId, list);
  }
  const matches: RankedPair[] = [];
  for (const [itemId, list] of byItem) {
    list.sort((a, b) => b.score - a.score || byString(a.enterpriseId, b.enterpriseId));
    for (const [i, c] of list.entries())
      matches.push({ itemId, enterpriseId: c.enterpriseId, rank: i + 1, score: c.score });
  }
  const labels: Label[] = pairs.map((p) => ({ itemId: p.itemId, enterpriseId: p.enterpriseId, grade: p.grade }));
  const result = evaluate(matches, labels, { k });
  return {
    ndcg: result.mean.ndcg,
    items: result.perItem.length,
    perItem: new Map(result.perItem.map((m) => [m.itemId, m.ndcg])),
  };
}

/**
 * k-fold cross-validation grouped by item (a seeded split, so every run gives the same folds):
 * fits on the training items of each fold, compares held-out NDCG@k of the fitted weights with
 * the defaults and uniform weights, reports each weight's spread across folds, and fits once more
 * on all pairs for the final weights.
 * @example
 * const cv = crossValidateWeights(pairs, { defaultWeights, folds: 5, seed: 1 });
 * cv.heldOut // { fitted: 0.81, default: 0.74, ... }
 */
export function crossValidateWeights(
  pairs: readonly LabelledPair[],
  options: CrossValidateOptions = {},
): CrossValidation {
  const features = resolveFeatures(pairs, options);
  if (features.length === 0) throw new ChainmatchError(ErrorCodes.INVALID_OPTION, 'fit needs at least one feature');
  const opts = resolveOptions(options);
  const k = options.k ?? 10;
  const seed = options.seed ?? 1;
  const { valid, issues } = validatePairs(pairs, features);
  const defaults = normalizeWeights(options.defaultWeights ?? {}, features);
  const uniform = normalizeWeights({}, features);

  const itemIds = [...new Set(valid.map((p) => p.itemId))].sort(byString);
  const requested = options.folds ?? 5;
  if (!Number.isInteger(requested) || requested < 2) {
    throw new ChainmatchError(ErrorCodes.INVALID_OPTION, `folds must be an integer ≥ 2, got ${requested}`);
  }
  const folds = Math.min(requested, itemIds.length);
  const random = mulberry32(seed);
  for (let i = itemIds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [itemIds[i], itemIds[j]] = [itemIds[j]!, itemIds[i]!];
  }
  const foldOf = new Map<string, number>(itemIds.map((id, i) => [id, i % Math.max(folds, 1)]));

  const foldResults: FoldResult[] = [];
  const pooled = { fitted: [] as number[], default: [] as number[], uniform: [] as number[] };
  for (let fold = 0; fold < (folds >= 2 ? folds : 0); fold++) {
    const train = valid.filter((p) => foldOf.get(p.itemId) !== fold);
    const test = valid.filter((p) => foldOf.get(p.itemId) === fold);
    const fit = fitProblem(buildProblem(train, features), opts, defaults);
    const f = rerankedNdcg(test, fit.weights, k, features);
    const d = rerankedNdcg(test, defaults, k, features);
    const u = rerankedNdcg(test, uniform, k, features);
    pooled.fitted.push(...f.perItem.values());
    pooled.default.push(...d.perItem.values());
    pooled.uniform.push(...u.perItem.values());
    foldResults.push({
      fold,
      trainItems: itemIds.filter((id) => foldOf.get(id) !== fold).length,
      testItems: itemIds.filter((id) => foldOf.get(id) === fold).length,
      weights: fit.weights,
      ndcgFitted: f.ndcg,
      ndcgDefault: d.ndcg,
    });
  }

  const spread: Record<string, WeightSpread> = {};
  for (const f of features) {
    const xs = foldResults.map((r) => r.weights[f]!);
    const mean = xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    const variance = xs.length > 1 ? xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1) : 0;
    spread[f] = {
      mean,
      std: Math.sqrt(variance),
      min: xs.length ? Math.min(...xs) : 0,
      max: xs.length ? Math.max(...xs) : 0,
    };
  }
  const avg = (xs: number[]): number => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    fitted: fitProblem(buildProblem(valid, features), opts, defaults),
    defaultWeights: defaults,
    spread,
    folds: foldResults,
    heldOut: {
      k,
      items: pooled.fitted.length,
      fitted: avg(pooled.fitted),
      default: avg(pooled.default),
      uniform: avg(pooled.uniform),
    },
    labels: valid.length,
    items: itemIds.length,
    issues,
  };
}
