import { performance } from 'node:perf_hooks';
import FitParser from 'fit-file-parser';
import { makeFit, straightTrack } from './test/fixtures/activity-builders.ts';
import { parseFit } from './src/core/activities/fit.ts';
import { verifyFit } from './src/core/activities/fit-crc.ts';
const fits: Uint8Array[] = [];
for (let i = 0; i < 150; i++) fits.push(makeFit(straightTrack(new Date(Date.UTC(2020, 0, 1 + i, 6)), 'running', 3600, 1, 3)));
for (let rep = 0; rep < 2; rep++) {
let t = performance.now();
for (const f of fits) await new FitParser({ force: false, mode: 'list' }).parseAsync(new Uint8Array(f).buffer);
console.log('raw', performance.now() - t);
t = performance.now();
for (const f of fits) verifyFit(f);
console.log('crc', performance.now() - t);
t = performance.now();
for (const f of fits) await parseFit(f);
console.log('parseFit', performance.now() - t);
}
