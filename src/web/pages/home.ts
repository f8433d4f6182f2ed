/** The home page: what Footing is, and the three things a runner comes for. */
import { html } from 'hono/html';
import { page, type Html } from '../layout.ts';

/** The home page. */
export function homePage(): Html {
  return page({
    title: 'Runners’ foot, ankle and shin pain',
    path: '/',
    body: html`
<section class="hero" aria-labelledby="hero-title">
  <h1 id="hero-title">Sore foot, ankle or shin? Work out what to do next.</h1>
  <p class="lead">Footing asks about your pain the way a sports physio would: first whether anything needs a doctor
  soon, then what it most likely is, whether you can keep running, and what to do to get back.</p>
  <p><a class="button primary" href="/assess">Check my pain</a> <span class="muted">No account needed · about 3 minutes</span></p>
</section>
<section aria-labelledby="what-title">
  <h2 id="what-title">What Footing does</h2>
  <ul class="cards">
    <li class="card">
      <h3>Is it serious?</h3>
      <p>Warning signs are checked first. If something needs a doctor today, Footing says so plainly, before anything else.</p>
    </li>
    <li class="card">
      <h3>What is it probably?</h3>
      <p>Describe it in your own words. Footing shows what it understood, asks the few questions that matter most, and
      explains why each likely cause fits — with sources.</p>
    </li>
    <li class="card">
      <h3>Can I keep running?</h3>
      <p>A clear answer — stop, change how you run, or carry on — and the rule behind it.</p>
    </li>
    <li class="card">
      <h3>How do I get back?</h3>
      <p>A step-by-step plan of exercises with drawings and a return-to-run schedule that adapts to a 20-second daily
      check-in.</p>
    </li>
    <li class="card">
      <h3>Show me my running</h3>
      <p>Import your watch files or Strava export. See weekly distance, load spikes and shoe wear next to your pain.</p>
    </li>
  </ul>
</section>
<section aria-labelledby="data-title">
  <h2 id="data-title">Your data stays with you</h2>
  <p>Footing runs on your own computer or your club’s server. Nothing is shared unless you choose to share it.</p>
</section>`,
  });
}
