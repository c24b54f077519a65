// Runs the CLI from source (through tsx), exactly as dist/cli.js does.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv, '0.0.0-test');
