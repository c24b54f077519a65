#!/usr/bin/env node
import { createRequire } from 'node:module';
import { exitOnInterrupt } from './cli/_lib/outputs.js';
import { main } from './cli/main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
exitOnInterrupt();
main(process.argv, version).then((code) => {
  process.exitCode = code;
});
