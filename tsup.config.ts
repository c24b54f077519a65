import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    shims: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/pipeline/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
