/**
 * Step 1 of the assessment: the runner's own words, with a way to skip straight to the questions.
 * @module
 */
import { html } from 'hono/html';
import { MAX_TEXT_LENGTH } from '../../core/triage/index.ts';
import { assessPage, errorSummary } from '../assess/frame.ts';
import type { Html } from '../layout.ts';

/** The own-words page; `text` and `error` re-fill it after a problem or when coming back. */
export function assessDescribePage(opts: { text?: string; error?: string } = {}): Html {
  return assessPage({
    title: 'Check my pain',
    body: html`<h1>Check my pain</h1>
<p class="lead">Footing first checks for anything that needs a doctor soon, then works out what is most likely going
on and whether you can keep running. It takes about three minutes and needs no account.</p>
${errorSummary(opts.error, 'own-words')}
<form method="post" action="/assess/understand" class="assess-describe">
  <label for="own-words">Tell us what’s going on, in your own words</label>
  <p class="hint" id="own-words-hint">Where it hurts, which side, since when, what makes it worse or better, and any
  change in your running. For example: “left heel hurts when I get out of bed, better once I get going, been
  increasing my mileage for a half”.</p>
  <textarea id="own-words" name="text" rows="6" maxlength="${MAX_TEXT_LENGTH}" aria-describedby="own-words-hint"${opts.error ? html` aria-invalid="true"` : ''}>${opts.text ?? ''}</textarea>
  <p class="assess-actions"><button type="submit" class="primary">Continue</button></p>
</form>
<p class="assess-skip">Rather not type? <a href="/assess/where">Answer questions instead</a></p>
<p class="muted">What you type stays in this page and is sent only to this Footing server to work out your result; it
is not saved.</p>`,
  });
}
