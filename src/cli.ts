#!/usr/bin/env node
import { createRequire } from 'node:module';
import { main } from './cli/main.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
main(process.argv, version).then((code) => {
  process.exitCode = code;
});
