import { planMeetings } from './src/plan/index.js';
function rng(seed: number) { let a = seed; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
for (const [nE, nI, top] of [[1000, 270, 100], [3000, 270, 200]] as const) {
  const r = rng(1);
  const m = [];
  for (let i = 0; i < nI; i++) for (let k = 0; k < top; k++) m.push({ itemId: 'i' + i, enterpriseId: 'e' + Math.floor(r() * nE), score: r(), theme: 't' + (i % 4) });
  for (const opts of [{}, { method: 'greedy' as const }]) {
    const t0 = performance.now();
    const p = planMeetings(m, { seats: 60, ...opts });
    console.log(nE, nI, top, JSON.stringify(opts), p.method, p.totalScore.toFixed(2), p.upperBound?.toFixed(2), (performance.now() - t0).toFixed(0) + 'ms');
  }
}
