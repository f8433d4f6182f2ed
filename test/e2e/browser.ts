/**
 * Browser test harness: the real app on a free localhost port (fresh SQLite in a temp folder), Debian's Chromium
 * driven by playwright-core (never a downloaded browser), and an axe-core scan helper.
 * @module
 */
import { after, before } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/server/logger.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network and quiet on a locked-down machine. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface BrowserContext {
  baseUrl(): string;
  newPage(opts?: { width?: number; height?: number }): Promise<Page>;
}

/**
 * Start the app and a browser for one test file; both are stopped after it.
 * @example
 * const ctx = useBrowser();
 * test('home', async () => { const p = await ctx.newPage(); await p.goto(ctx.baseUrl()); });
 */
export function useBrowser(): BrowserContext {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'footing-e2e-'));
    const config = loadConfig({}, { PORT: String(await freePort()), DATA_DIR: dataDir, HOST: '127.0.0.1' });
    server = await startServer(config, 'e2e', createLogger('silent'));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    baseUrl: () => {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    newPage: async (opts = {}) => {
      if (!browser) throw new Error('browser not started');
      // bypassCSP only so the axe script can be injected; the app's own pages never rely on it.
      const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, bypassCSP: true });
      return context.newPage();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** One readable line per violation, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}
