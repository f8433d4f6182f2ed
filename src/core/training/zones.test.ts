import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityLocalDate, isTimeZone, localDay, localToday, offsetMinutesAt, zonedTimeToUtc } from './zones.ts';
import { weeklyTotals } from './totals.ts';
import { singleRunSpikes, spikeFlag } from './spike.ts';
import type { TrainingActivity } from './types.ts';

test('offsets follow daylight saving', () => {
  assert.equal(offsetMinutesAt(Date.parse('2024-01-15T12:00:00Z'), 'America/New_York'), -300);
  assert.equal(offsetMinutesAt(Date.parse('2024-07-15T12:00:00Z'), 'America/New_York'), -240);
  assert.equal(offsetMinutesAt(Date.parse('2024-07-15T12:00:00Z'), 'Asia/Kolkata'), 330);
  assert.equal(offsetMinutesAt(Date.parse('2024-07-15T12:00:00Z'), 'UTC'), 0);
});

test('a late-evening run is on the runner’s day, not the UTC one', () => {
  // 23:30 on Sunday 3 March in New York is 04:30 on Monday in UTC.
  assert.equal(localDay('2024-03-04T04:30:00Z', 'America/New_York'), '2024-03-03');
  assert.equal(localDay('2024-03-04T04:30:00Z', 'UTC'), '2024-03-04');
  // An early run in Sydney is the previous day in UTC.
  assert.equal(localDay('2024-03-03T20:30:00Z', 'Australia/Sydney'), '2024-03-04');
  // The file's own offset beats the preference (the runner was travelling).
  assert.equal(activityLocalDate('2024-03-04T04:30:00Z', -300, 'Europe/Oslo'), '2024-03-03');
  assert.equal(activityLocalDate('2024-03-04T04:30:00Z', null, 'Europe/Oslo'), '2024-03-04');
});

test('a local date and time become the right UTC instant, across daylight-saving changes', () => {
  assert.equal(zonedTimeToUtc('2024-07-01', '07:30', 'Europe/Oslo'), '2024-07-01T05:30:00.000Z');
  assert.equal(zonedTimeToUtc('2024-01-01', '23:45', 'America/Los_Angeles'), '2024-01-02T07:45:00.000Z');
  // 02:30 does not exist in New York on 10 March 2024; it resolves just after the change.
  assert.equal(zonedTimeToUtc('2024-03-10', '02:30', 'America/New_York'), '2024-03-10T07:30:00.000Z');
  assert.equal(zonedTimeToUtc('2024-03-10', '12:00', 'UTC'), '2024-03-10T12:00:00.000Z');
});

test('time zone names are checked', () => {
  assert.equal(isTimeZone('Europe/London'), true);
  assert.equal(isTimeZone('UTC'), true);
  assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
  assert.equal(isTimeZone(''), false);
});

test('weeks follow local dates: a Sunday-night run stays in its week', () => {
  const run = (startTime: string, km: number, localDate?: string): TrainingActivity => ({
    startTime, sport: 'running', distanceMeters: km * 1000, movingSeconds: km * 360, rpe: null, avgCadenceSpm: null, ...(localDate ? { localDate } : {}),
  });
  const acts = [run('2024-02-28T12:00:00Z', 5), run('2024-03-04T04:30:00Z', 12, '2024-03-03')];
  const weeks = weeklyTotals(acts);
  assert.deepEqual(weeks.map((w) => [w.start, w.distanceMeters]), [['2024-02-26', 17_000]]);
  // Without a local date the same run would fall into the next week (the UTC one).
  assert.deepEqual(weeklyTotals([acts[0] ?? run('', 0), run('2024-03-04T04:30:00Z', 12)]).map((w) => w.start), ['2024-02-26', '2024-03-04']);
  const spike = singleRunSpikes(acts).at(-1);
  assert.equal(spike?.localDate, '2024-03-03');
  assert.equal(spike ? spikeFlag(spike)?.date : undefined, '2024-03-03');
});

test('today is the runner’s local date, not the UTC one', () => {
  const now = Date.parse('2024-07-01T21:00:00Z');
  assert.equal(localToday('UTC', now), '2024-07-01');
  assert.equal(localToday('Pacific/Auckland', now), '2024-07-02', 'already tomorrow in New Zealand');
  assert.equal(localToday('America/Los_Angeles', Date.parse('2024-07-02T03:00:00Z')), '2024-07-01', 'still yesterday in California');
  assert.equal(localToday('Not/AZone', now), '2024-07-01', 'an unknown zone falls back to UTC');
});
