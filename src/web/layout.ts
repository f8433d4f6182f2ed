/**
 * The page frame every screen shares: skip link, header with navigation, main landmark, footer with the
 * "not a diagnosis" note. Server-rendered with `hono/html` (escaped by default), so pages work without JavaScript.
 * @module
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface NavItem {
  href: string;
  label: string;
}

/** The main navigation, in the order a runner needs it. */
export const NAV: readonly NavItem[] = [
  { href: '/assess', label: 'Check my pain' },
  { href: '/plan', label: 'My plan' },
  { href: '/training', label: 'Training log' },
  { href: '/learn', label: 'Conditions' },
  { href: '/learn/exercises', label: 'Exercises' },
];

export interface PageOptions {
  title: string;
  /** Path of the current page, to mark the active nav item. */
  path: string;
  body: Html;
  /** Extra scripts (progressive enhancement only: the page must work without them). */
  scripts?: readonly string[];
  description?: string;
}

function isCurrent(item: NavItem, path: string): boolean {
  return path === item.href || (item.href !== '/learn' && path.startsWith(`${item.href}/`)) || (item.href === '/learn' && path.startsWith('/learn/') && !path.startsWith('/learn/exercises'));
}

/**
 * Render a full HTML document.
 * @example
 * c.html(page({ title: 'Home', path: '/', body: html`<h1>Hi</h1>` }))
 */
export function page(opts: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · Footing</title>
<meta name="description" content="${opts.description ?? 'Footing helps runners with foot, ankle and shin pain decide what to do next.'}">
<link rel="stylesheet" href="/static/app.css">
<link rel="stylesheet" href="/static/print.css" media="print">
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/" aria-label="Footing home">${raw(LOGO)}<span>Footing</span></a>
  <nav aria-label="Main">
    <ul>
      ${NAV.map((item) => html`<li><a href="${item.href}"${isCurrent(item, opts.path) ? raw(' aria-current="page"') : ''}>${item.label}</a></li>`)}
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
${opts.body}
</main>
<footer class="site-footer">
  <p><strong>Footing is not a diagnosis.</strong> It helps you decide what to do next; a physiotherapist or doctor who
  examines you can tell you what is wrong. If you are worried, or the pain is severe, get help now.</p>
  <p><a href="/about">About Footing and its sources</a> · <a href="/api/docs">API</a></p>
</footer>
${(opts.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>`)}
</body>
</html>`;
}

/**
 * A whole page for a request that failed (404, a refused or too-large form, our own error): the message in one
 * line, the request id to quote when it was our fault, and a way back. Uses the shared frame, so the "not a
 * diagnosis" footer and the navigation are there too.
 * @example errorPage({ title: 'Page not found', message: 'There is no page at this address.', path: '/nope' })
 */
export function errorPage(opts: { title: string; message: string; path: string; requestId?: string }): Html {
  return page({
    title: opts.title,
    path: opts.path,
    body: html`<h1>${opts.title}</h1>
<p class="lead">${opts.message}</p>
${opts.requestId ? html`<p class="muted">If it keeps happening, quote request ${opts.requestId}.</p>` : ''}
<p><a class="button primary" href="/">Go to the home page</a></p>
<p>If you are in pain and not sure what to do, <a href="/assess">check your pain</a>.</p>`,
  });
}

/** A simple footprint mark, drawn by the project. Decorative: the link has its own label. */
const LOGO = '<svg class="logo" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><ellipse cx="11" cy="15" rx="5" ry="7" fill="currentColor"/><circle cx="8" cy="5" r="1.6" fill="currentColor"/><circle cx="11.5" cy="4" r="1.8" fill="currentColor"/><circle cx="15" cy="5.2" r="1.5" fill="currentColor"/><circle cx="17.4" cy="7.4" r="1.3" fill="currentColor"/></svg>';
