#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
// The `footing` command. Node 24 runs the TypeScript sources directly (type stripping), so there is no build step.
import { main } from '../src/cli/main.ts';

await main();
