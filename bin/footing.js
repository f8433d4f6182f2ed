#!/usr/bin/env -S node --disable-warning=ExperimentalWarning --max-semi-space-size=4
// The `footing` command. Node 24 runs the TypeScript sources directly (type stripping), so there is no build step.
// A smaller young generation keeps an idle server's memory low; the work it does is short-lived requests.
import { main } from '../src/cli/main.ts';

await main();
