/**
 * The friendly 404 for the Learn pages: says what was not found and where to look instead.
 * @module
 */
import { html } from 'hono/html';
import { page, type Html } from '../layout.ts';

/** A full page; the route sends it with status 404. */
export function learnNotFoundPage(opts: { what: string; id: string; path: string; backHref: string; backLabel: string }): Html {
  return page({
    title: 'Not found',
    path: opts.path,
    body: html`<link rel="stylesheet" href="/static/learn.css">
<h1>We could not find that ${opts.what}</h1>
<p class="lead">There is no ${opts.what} called “${opts.id}” in Footing’s library. The link may be old, or the
address may have a typo.</p>
<p><a class="button primary" href="${opts.backHref}">${opts.backLabel}</a></p>
<p>If you are in pain and not sure what to do, <a href="/assess">check your pain</a> instead.</p>`,
  });
}
