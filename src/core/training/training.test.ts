import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sport } from '../activities/types.ts';
import { dayOf, weekStart } from './days.ts';
import { trainingFlags, twoWeekChange } from './flags.ts';
import { dailyLoads, ewmaAcwr, monotony } from './load.ts';
import { singleRunSpikes, spikeFlag } from './spike.ts';
import { monthlyTotals, weeklyTotals } from './totals.ts';
import type { TrainingActivity } from './types.ts';
import { formatDistance, formatDuration, fromUnit, toUnit } from './units.ts';

const act = (day: string, km: number, sport: Sport = 'running', extra: Partial<TrainingActivity> = {}): TrainingActivity => ({
  startTime: `${day}T07:00:00.000Z`, sport, distanceMeters: km * 1000, movingSeconds: km * 360, rpe: null, avgCadenceSpm: null, ...extra,
});
const close = (a: number | null | undefined, b: number, eps = 1e-6): void => assert.ok(a !== null && a !== undefined && Math.abs(a - b) < eps, `${a} ≉ ${b}`);

test('days: ISO weeks start on Monday; UTC offset moves late runs to the local day', () => {
  assert.equal(weekStart('2024-01-07'), '2024-01-01'); // Sunday
  assert.equal(weekStart('2024-01-01'), '2024-01-01'); // Monday
  assert.equal(weekStart('2024-03-01'), '2024-02-26');
  assert.equal(dayOf('2024-01-01T23:30:00Z', 60), '2024-01-02');
  assert.equal(dayOf('2024-01-01T00:30:00Z', -300), '2023-12-31');
});

test('weekly and monthly totals, with cross-training counted in time but not in run distance', () => {
  const acts = [act('2024-01-01', 5, 'running', { avgCadenceSpm: 170 }), act('2024-01-03', 10, 'running', { avgCadenceSpm: 176 }), act('2024-01-05', 20, 'cycling'), act('2024-01-22', 8)];
  const weeks = weeklyTotals(acts, { fill: true });
  assert.deepEqual(weeks.map((w) => w.start), ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22']);
  assert.equal(weeks[0]?.distanceMeters, 35000);
  assert.equal(weeks[0]?.runDistanceMeters, 15000);
  assert.equal(weeks[0]?.movingSeconds, 35 * 360);
  assert.equal(weeks[0]?.activities, 3);
  close(weeks[0]?.avgRunCadenceSpm, (170 * 1800 + 176 * 3600) / 5400); // 174, weighted by time
  assert.equal(weeks[1]?.distanceMeters, 0);
  const months = monthlyTotals([...acts, act('2024-02-29', 3)]);
  assert.deepEqual(months.map((m) => [m.start, m.runDistanceMeters]), [['2024-01-01', 23000], ['2024-02-01', 3000]]);
});

test('Frandsen spike tiers against the longest run of the previous 30 days', () => {
  const runs = [
    act('2024-01-01', 10), act('2024-01-10', 5), act('2024-01-20', 12), // 12/10 = 1.2 → 10–30%
    act('2024-01-25', 16), // 16/12 = 1.333 → 30–100%
    act('2024-01-26', 17.6), // 17.6/16 = 1.10 exactly → not a spike
    act('2024-01-27', 3, 'cycling'), // not a run: ignored
    act('2024-03-30', 5), // nothing in the previous 30 days
    act('2024-03-31', 11), // 11/5 = 2.2 → >100%
  ];
  const s = singleRunSpikes(runs);
  assert.deepEqual(s.map((x) => x.tier), ['no-recent-runs', 'none', '10-30%', '30-100%', 'none', 'no-recent-runs', '>100%']);
  close(s[2]?.ratio, 1.2);
  assert.equal(s[3]?.longestPrevious30DaysMeters, 12000);
  const f = spikeFlag(s[6] ?? assert.fail());
  assert.equal(f?.level, 'warning');
  assert.match(f?.title ?? '', /120% longer/);
  assert.equal(f?.source.id, 'frandsen-2025');
  assert.equal(spikeFlag(s[4] ?? assert.fail()), null);
});

test('a run exactly 30 days later still sees the earlier run; 30 days and a second later does not', () => {
  const s = singleRunSpikes([act('2024-01-01', 10), { ...act('2024-01-31', 11) }]);
  close(s[1]?.ratio, 1.1);
  const t = singleRunSpikes([act('2024-01-01', 10), { ...act('2024-01-31', 11), startTime: '2024-01-31T07:00:01.000Z' }]);
  assert.equal(t[1]?.tier, 'no-recent-runs');
});

test('EWMA ACWR (λ = 2/(N+1)): hand-computed values, hidden before 28 days', () => {
  const loads = [{ day: 'd0', load: 10 }, { day: 'd1', load: 0 }, { day: 'd2', load: 4 }];
  const r = ewmaAcwr(loads);
  close(r[1]?.acute, 7.5); // 0.25·0 + 0.75·10
  close(r[1]?.chronic, (27 / 29) * 10); // 9.310345
  close(r[2]?.acute, 0.25 * 4 + 0.75 * 7.5); // 6.625
  close(r[2]?.chronic, (2 / 29) * 4 + (27 / 29) * ((27 / 29) * 10));
  assert.equal(r[2]?.ratio, null);
  const steady = ewmaAcwr(Array.from({ length: 40 }, (_, i) => ({ day: String(i), load: 5 })));
  assert.equal(steady[26]?.ratio, null);
  close(steady[27]?.ratio, 1);
  const zero = ewmaAcwr(Array.from({ length: 30 }, (_, i) => ({ day: String(i), load: 0 })));
  assert.equal(zero[29]?.ratio, null, 'chronic 0 → undefined, not infinite');
});

test('Foster monotony and strain: hand-computed week, SD 0 capped, empty week null', () => {
  const week = [0, 5, 0, 5, 0, 5, 0].map((load, i) => ({ day: `2024-01-0${i + 1}`, load }));
  const [m] = monotony(week);
  close(m?.monotony, Math.sqrt(3 / 4)); // mean 15/7 over population SD 2.4744
  close(m?.strain, 15 * Math.sqrt(3 / 4));
  assert.equal(m?.weekEnding, '2024-01-07');
  assert.equal(monotony(week.map((d) => ({ ...d, load: 4 })))[0]?.monotony, 10);
  assert.equal(monotony(week.map((d) => ({ ...d, load: 0 })))[0]?.monotony, null);
});

test('daily loads: running km, or session-RPE (RPE × minutes) for any sport; rest days are 0', () => {
  const acts = [act('2024-01-01', 5), act('2024-01-03', 20, 'cycling', { rpe: 4, movingSeconds: 3600 }), act('2024-01-03', 10, 'running', { rpe: 6, movingSeconds: 3000 })];
  assert.deepEqual(dailyLoads(acts, 'distance', '2024-01-04').map((d) => d.load), [5, 0, 10, 0]);
  assert.deepEqual(dailyLoads(acts, 'session-rpe', '2024-01-03'), [{ day: '2024-01-03', load: 4 * 60 + 6 * 50 }]);
});

test('flags: 2-week change over 30% (Nielsen) and the 10% rule as information', () => {
  const acts = [act('2024-01-01', 20), act('2024-01-08', 22), act('2024-01-15', 10), act('2024-01-17', 17)];
  const weeks = weeklyTotals(acts);
  close(twoWeekChange(weeks, '2024-01-15'), 0.35);
  const flags = trainingFlags(acts, { today: '2024-01-17' });
  const rules = flags.map((f) => f.rule);
  assert.ok(rules.includes('two-week-change'));
  assert.ok(rules.includes('ten-percent-rule')); // 27 vs 22 km = +23%
  const ten = flags.find((f) => f.rule === 'ten-percent-rule');
  assert.match(ten?.title ?? '', /Up 23%/);
  assert.ok(!trainingFlags([act('2024-01-08', 25), act('2024-01-15', 27)], { today: '2024-01-15' }).some((f) => f.rule === 'ten-percent-rule'), '+8% is not flagged');
  assert.equal(ten?.level, 'info');
  assert.equal(flags.find((f) => f.rule === 'two-week-change')?.source.id, 'nielsen-2014');
  for (const f of flags) assert.ok(f.explanation.length > 40 && f.source.text.length > 20);
});

test('flags: ACWR is information only and appears once 28 days exist', () => {
  const acts = Array.from({ length: 35 }, (_, i) => act(new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), 5));
  const flags = trainingFlags(acts, { today: '2024-02-04' });
  const acwr = flags.find((f) => f.rule === 'acwr');
  assert.equal(acwr?.level, 'info');
  assert.match(acwr?.title ?? '', /1\.00/);
  assert.ok(flags.some((f) => f.rule === 'monotony'), 'the same 5 km every day is monotonous');
});

test('units: km and miles', () => {
  close(toUnit(1609.344, 'mi'), 1);
  assert.equal(fromUnit(5, 'km'), 5000);
  assert.equal(formatDistance(12345, 'km'), '12.3 km');
  assert.equal(formatDistance(12345, 'mi'), '7.7 mi');
  assert.equal(formatDuration(3725), '1:02:05');
  assert.equal(formatDuration(65), '1:05');
});
