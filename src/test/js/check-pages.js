// Opens generated pages in Debian's headless Chromium (playwright-core, one browser for all pages) and checks each at
// a phone width (390 px) and a desktop width (1280 px): axe-core violations, page-level horizontal scrolling, the
// document language, a main landmark, console and page errors; writes full-page screenshots when asked.
// Usage: node check-pages.js pages.json   where pages.json = {"chromium": path, "screenshots": dir,
//        "pages": [{"name": ..., "file": absolute path, "screenshot": true|false,
//                   "search": {"selector": css, "text": typed} (optional: rows left visible are reported)}]}
// Prints a JSON array of results on stdout; exit code 2 when the script itself fails.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const WIDTHS = [390, 1280];

(async () => {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: spec.chromium,
    headless: true,
    bypassCSP: true, // the rejection report forbids scripts; axe is injected by the test, not by the page
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (const p of spec.pages) {
      for (const width of WIDTHS) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        const errors = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto('file://' + p.file, { waitUntil: 'load' });
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
          lang: document.documentElement.getAttribute('lang'),
          mains: document.querySelectorAll('main, [role=main]').length,
          title: document.title,
        }));
        await page.addScriptTag({ content: axeSource });
        const axe = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) }));
        });
        let screenshot = null;
        if (p.screenshot && spec.screenshots) {
          screenshot = path.join(spec.screenshots, `${p.name}-${width}.png`);
          await page.screenshot({ path: screenshot, fullPage: true });
        }
        let filtered = null;
        if (p.search) { // type into the page's search box and count the rows left visible (the filter runs in the page)
          await page.fill(p.search.selector, p.search.text);
          filtered = await page.evaluate(() => Array.from(document.querySelectorAll('tbody tr'))
            .filter((tr) => tr.offsetParent !== null).map((tr) => tr.getAttribute('data-search')));
        }
        results.push({ name: p.name, width, ...layout, violations: axe, errors, screenshot, filtered });
        await page.close();
      }
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(results));
})().catch((e) => { console.error(e); process.exit(2); });
