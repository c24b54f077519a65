/**
 * @internal Min-cost flow by successive shortest paths: Bellman-Ford for the first
 * potentials (the network is a DAG with negative arc costs), then Dijkstra on reduced
 * costs. Integer costs, so optima are compared exactly. Ties break by node index, and
 * nodes are created in id order by the caller, so the result is deterministic.
 *
 * It stops as soon as the cheapest augmenting path has cost ≥ 0: because the cost of
 * a min-cost flow is convex in its value, that is the minimum cost over every flow
 * value — with costs = −score, the maximum total score.
 */
export class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly adj: number[][] = [];
  /** Arcs scanned so far: a deterministic measure of work, for budgets. */
  work = 0;

  constructor(nodes: number) {
    for (let i = 0; i < nodes; i++) this.adj.push([]);
  }

  get nodeCount(): number {
    return this.adj.length;
  }

  addNode(): number {
    this.adj.push([]);
    return this.adj.length - 1;
  }

  /** Adds an arc and its residual twin; returns the arc index (read its flow with {@link flow}). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.adj[from]!.push(e);
    this.adj[to]!.push(e + 1);
    return e;
  }

  /** Flow on arc `e` (its twin's residual capacity). */
  flow(e: number): number {
    return this.cap[e + 1]!;
  }

  /** Runs min-cost flow (any value) from `s` to `t`; returns its cost (≤ 0). */
  minCost(s: number, t: number): number {
    const n = this.adj.length;
    const pot = bellmanFord(this, s);
    const dist = new Array<number>(n);
    const prevArc = new Array<number>(n);
    const done = new Uint8Array(n);
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      prevArc.fill(-1);
      done.fill(0);
      dist[s] = 0;
      const heap = new MinHeap();
      heap.push(0, s);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === t) break;
        this.work += this.adj[u]!.length;
        for (const e of this.adj[u]!) {
          if (this.cap[e]! <= 0) continue;
          const v = this.to[e]!;
          if (done[v]) continue;
          const nd = d + this.cost[e]! + pot[u]! - pot[v]!;
          if (nd < dist[v]! || (nd === dist[v]! && prevArc[v]! >= 0 && this.to[prevArc[v]! ^ 1]! > u)) {
            dist[v] = nd;
            prevArc[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (!done[t]) break;
      // Walk the path: bottleneck and true cost.
      let push = Infinity;
      let pathCost = 0;
      for (let v = t; v !== s; v = this.to[prevArc[v]! ^ 1]!) {
        const e = prevArc[v]!;
        push = Math.min(push, this.cap[e]!);
        pathCost += this.cost[e]!;
      }
      if (pathCost >= 0) break;
      for (let v = t; v !== s; v = this.to[prevArc[v]! ^ 1]!) {
        const e = prevArc[v]!;
        this.cap[e]! -= push;
        this.cap[e ^ 1]! += push;
      }
      total += push * pathCost;
      const dt = dist[t]!;
      for (let v = 0; v < n; v++) if (done[v]) pot[v]! += dist[v]! - dt;
    }
    return total;
  }

  /** @internal */
  arcs(): { to: number[]; cap: number[]; cost: number[]; adj: number[][] } {
    return { to: this.to, cap: this.cap, cost: this.cost, adj: this.adj };
  }
}

function bellmanFord(g: FlowNetwork, s: number): number[] {
  const { to, cap, cost, adj } = g.arcs();
  const n = adj.length;
  const d = new Array<number>(n).fill(Infinity);
  d[s] = 0;
  // SPFA; the initial residual graph has no cycles, so it terminates.
  const queue: number[] = [s];
  const inQueue = new Uint8Array(n);
  inQueue[s] = 1;
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    inQueue[u] = 0;
    for (const e of adj[u]!) {
      if (cap[e]! <= 0) continue;
      const v = to[e]!;
      const nd = d[u]! + cost[e]!;
      if (nd < d[v]!) {
        d[v] = nd;
        if (!inQueue[v]) {
          inQueue[v] = 1;
          queue.push(v);
        }
      }
    }
  }
  // Unreachable nodes stay unreachable; any finite potential works for them.
  return d.map((x) => (Number.isFinite(x) ? x : 0));
}

/** Binary heap of (key, node), ties by node index. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.vals[i]! < this.vals[j]!);
  }
  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.vals[i], this.vals[j]] = [this.vals[j]!, this.vals[i]!];
  }
  push(k: number, v: number): void {
    this.keys.push(k);
    this.vals.push(v);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const k = this.keys[0]!;
    const v = this.vals[0]!;
    const lastK = this.keys.pop()!;
    const lastV = this.vals.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastK;
      this.vals[0] = lastV;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return [k, v];
  }
}
