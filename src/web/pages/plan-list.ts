/** `/plan`: the runner's plans, or an invitation to start one. */
import { html } from 'hono/html';
import { page, type Html } from '../layout.ts';
import { dateText, PLAN_CSS } from './plan-parts.ts';

export interface PlanListItem {
  readonly id: string;
  /** What the plan is for, in the runner's words. */
  readonly name: string;
  readonly status: string;
  readonly startDate: string | null;
}

const STATUS: Record<string, string> = { active: 'In progress', 'see-clinician': 'See a clinician first', closed: 'Finished' };

/** The list page. */
export function planListPage(plans: readonly PlanListItem[]): Html {
  const body = plans.length === 0
    ? html`<h1>My plan</h1>
<p class="lead">You have no plan yet. A plan gives you a few exercises a day with drawings, and a return to running that adapts to a 20-second check-in each evening.</p>
<ul class="cards">
<li class="card"><h2 class="card-title">Not sure what it is?</h2><p>Check your pain first: the result suggests a plan.</p><p><a class="button primary" href="/assess">Check my pain</a></p></li>
<li class="card"><h2 class="card-title">Know what it is?</h2><p>Pick the problem and tell us about your running.</p><p><a class="button" href="/plan/new">Start a plan</a></p></li>
</ul>`
    : html`<h1>My plans</h1>
<ul class="plan-list">${plans.map((p) => html`<li class="card"><h2 class="card-title"><a href="/plan/${p.id}">${p.name}</a></h2>
<p><span class="tag">${STATUS[p.status] ?? p.status}</span>${p.startDate ? html` Started ${dateText(p.startDate, false)}.` : ''}</p>
<p><a href="/plan/${p.id}">Today’s session</a> · <a href="/plan/${p.id}/week">This week</a> · <a href="/plan/${p.id}/checkin">Check-in</a></p></li>`)}</ul>
<p><a class="button" href="/plan/new">Start another plan</a></p>`;
  return page({ title: 'My plan', path: '/plan', body: html`${PLAN_CSS}${body}` });
}
