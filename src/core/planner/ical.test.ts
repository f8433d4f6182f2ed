import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureKb } from '../../../test/support/planner-kb.ts';
import { generatePlan } from './generate.ts';
import { escapeText, foldLine, planToICalendar } from './ical.ts';

const kb = fixtureKb();

test('escaping and folding follow RFC 5545', () => {
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  const long = `DESCRIPTION:${'é'.repeat(100)}`;
  const folded = foldLine(long).split('\r\n');
  assert.ok(folded.length > 1);
  for (const l of folded) assert.ok(new TextEncoder().encode(l).length <= 75);
  assert.equal(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join(''), long);
});

test('one all-day event per active day, CRLF throughout, deterministic', () => {
  const r = generatePlan(kb, { assessment: { conditionId: 'sprain', runningAdvice: 'modify', redFlags: [], findings: {} }, startDate: '2026-03-30', weeks: 6 });
  assert.equal(r.status, 'plan');
  if (r.status !== 'plan') return;
  const ics = planToICalendar(r.plan, { stamp: '2026-03-01T08:00:00.000Z', planId: 'p1' });
  assert.equal(ics, planToICalendar(r.plan, { stamp: '2026-03-01T08:00:00.000Z', planId: 'p1' }));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends in CRLF');
  const active = r.plan.days.filter((d) => !d.rest).length;
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, active);
  assert.ok(ics.includes('DTSTAMP:20260301T080000Z'));
  assert.ok(ics.includes('DTSTART;VALUE=DATE:20260330\r\nDTEND;VALUE=DATE:20260331'));
  assert.ok(ics.includes('UID:p1-20260330@footing'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
});

test('a plan without dates cannot be exported', () => {
  const r = generatePlan(kb, { assessment: { conditionId: 'sprain', runningAdvice: 'modify', redFlags: [], findings: {} } });
  if (r.status !== 'plan') throw new Error('expected a plan');
  assert.throws(() => planToICalendar(r.plan, { stamp: '2026-03-01T08:00:00Z', planId: 'x' }), /start date/);
});
