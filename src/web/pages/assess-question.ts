/**
 * Step 4: one question at a time, from the engine's `nextQuestion` — the red-flag screen first, then the finding
 * or self-test that helps most. Each has Back and "Not sure" (kept as unknown, never as "no"), a progress bar, and
 * once the safety check is done, "See my result now".
 * @module
 */
import { html } from 'hono/html';
import type { NextQuestion, TriageResult } from '../../core/triage/index.ts';
import type { FindingValue } from '../../core/triage/index.ts';
import { assessPage, errorSummary, redFlagBanner, stateField } from '../assess/frame.ts';
import type { AssessState } from '../assess/state.ts';
import type { Html } from '../layout.ts';

/** Questions answered so far in this assessment (steps on the question pages). */
export function questionsAsked(state: AssessState): number {
  return state.history.filter((h) => h.kind === 'question').length;
}

function progress(state: AssessState, result: TriageResult): Html {
  const done = questionsAsked(state);
  // The engine stops when it is confident, so the total is its estimate; say so. The next question counts in it.
  const about = Math.max(done + 1, done + result.progress.remainingEstimate);
  return html`<div class="assess-progress"><p id="progress-text">Question ${done + 1} of about ${about}</p>
<progress class="progress" max="${about}" value="${done}" aria-labelledby="progress-text">${done} of about ${about}</progress></div>`;
}

const checked = (yes: boolean): Html => (yes ? html` checked` : html``);

/** The question is the page's h1, unless a self-test's instructions come first (then they are the h1). */
function heading(q: NextQuestion, inner?: Html): Html {
  const content = inner ?? html`${q.text}`;
  return q.selfTest ? html`<h2 class="question-title">${content}</h2>` : html`<h1>${content}</h1>`;
}

function screen(q: NextQuestion, given: ReadonlyMap<string, FindingValue>): Html {
  return html`<fieldset class="red-flag-screen" aria-describedby="screen-hint"><legend><h1>${q.text}</h1></legend>
<p class="hint" id="screen-hint">If you are not sure whether one applies, tick it: Footing will then err on the side of
getting you checked. If none apply, just continue.</p>
${(q.items ?? []).map((it, i) => html`<div class="choice"><input type="checkbox" id="flag-${i}" name="flag" value="${it.findingId}"${checked(given.get(it.findingId) === true)}><label for="flag-${i}">${it.question}</label></div>`)}
</fieldset>`;
}

function options(q: NextQuestion, given: FindingValue | undefined, hint: Html): Html {
  return html`<fieldset${q.help ? html` aria-describedby="q-hint"` : ''}><legend>${heading(q)}</legend>${hint}
${(q.options ?? []).map((o, i) => html`<div class="choice"><input type="radio" id="answer-${i}" name="answer" value="${o.value}"${checked(given === o.value)}><label for="answer-${i}">${o.label}</label></div>`)}
</fieldset>`;
}

function input(q: NextQuestion, given: FindingValue | undefined, hasError: boolean): Html {
  const hint = q.help ? html`<p class="hint" id="q-hint">${q.help}</p>` : html``;
  switch (q.type) {
    case 'boolean':
      return html`<fieldset${q.help ? html` aria-describedby="q-hint"` : ''}><legend>${heading(q)}</legend>${hint}
${given !== undefined ? html`<p class="hint">You answered: ${given === true ? 'yes' : given === false ? 'no' : 'not sure'}.</p>` : ''}
<div class="answer-buttons"><button type="submit" name="answer" value="yes" class="primary">Yes</button>
<button type="submit" name="answer" value="no" class="primary">No</button></div></fieldset>`;
    case 'number':
      return html`${heading(q, html`<label for="answer">${q.text}</label>`)}${hint}
<p class="number-answer"><input type="number" id="answer" name="answer" inputmode="decimal" step="any"${q.min !== undefined ? html` min="${q.min}"` : ''}${q.max !== undefined ? html` max="${q.max}"` : ''} value="${typeof given === 'number' ? given : ''}"${q.help ? html` aria-describedby="q-hint"` : ''}${hasError ? html` aria-invalid="true"` : ''}>${q.unit ? html` <span>${q.unit}</span>` : ''}</p>`;
    default:
      return options(q, given, hint);
  }
}

function selfTest(q: NextQuestion): Html {
  const t = q.selfTest;
  if (!t) return html``;
  return html`<section class="self-test" aria-labelledby="self-test-title">
<h1 id="self-test-title">Try this: ${t.name}</h1>
<p>Then answer the question below.</p>
<ol>${t.steps.map((s) => html`<li>${s}</li>`)}</ol>
<div class="self-test-safety" role="note"><h2>Safety first</h2><ul>${t.safety.map((s) => html`<li>${s}</li>`)}</ul>
<p>Skip it (“Not sure”) if it hurts too much to try.</p></div>
</section>`;
}

/** A question page; `given` pre-fills the answer when the runner comes back to it. */
export function assessQuestionPage(state: AssessState, result: TriageResult, q: NextQuestion, opts: {
  given?: ReadonlyMap<string, FindingValue>; error?: string;
} = {}): Html {
  const given = opts.given ?? new Map<string, FindingValue>();
  const isScreen = q.kind === 'red-flag-screen';
  const body = html`${redFlagBanner(result)}
${progress(state, result)}
${errorSummary(opts.error, q.type === 'number' ? 'answer' : undefined)}
<form method="post" action="/assess/answer" class="assess-question">
${stateField(state)}
<input type="hidden" name="qid" value="${q.findingId ?? 'red-flag-screen'}">
${selfTest(q)}
${isScreen ? screen(q, given) : input(q, q.findingId ? given.get(q.findingId) : undefined, opts.error !== undefined)}
<p class="why muted">Why we ask: ${q.why}</p>
<div class="assess-actions">
  ${isScreen || q.type !== 'boolean' ? html`<button type="submit" name="nav" value="answer" class="primary">Continue</button>` : ''}
  ${isScreen ? '' : html`<button type="submit" name="nav" value="unsure" class="secondary">Not sure</button>`}
  <button type="submit" name="nav" value="back" class="secondary">Back</button>
  ${isScreen ? '' : html`<button type="submit" name="nav" value="result" class="secondary">See my result now</button>`}
</div>
</form>`;
  return assessPage({ title: isScreen ? 'Safety check' : 'A question', body });
}
