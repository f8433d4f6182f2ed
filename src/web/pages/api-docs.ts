/** A readable pointer to the OpenAPI document (no third-party viewer: nothing is fetched from elsewhere). */
import { html } from 'hono/html';
import { page, type Html } from '../layout.ts';

/** The API page: how to call the stateless triage endpoint, and where the OpenAPI document is. */
export function apiDocsPage(): Html {
  return page({
    title: 'API',
    path: '/api/docs',
    body: html`
<h1>Footing HTTP API</h1>
<p>The API is versioned under <code>/api/v1</code> and described by an OpenAPI 3.1 document:
<a href="/api/openapi.json">/api/openapi.json</a>. Every error has the shape
<code>{"error":{"code":"…","message":"…"}}</code>.</p>
<h2>Example: triage</h2>
<pre><code>curl -s localhost:3000/api/v1/triage -H 'content-type: application/json' \\
  -d '{"text":"my heel hurts first thing in the morning for 3 weeks"}'</code></pre>`,
  });
}
