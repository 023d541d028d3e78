// Scenario: the HTML design report of the sample, rendered in headless Chromium: content, a screenshot,
// and a PDF printed from it in which no table is cut (wider than the page).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/e2e/browser.mjs';
import { repoRoot, testResultsDir } from '../../scripts/e2e/paths.mjs';

const OUT_DIR = path.join(testResultsDir, 'e2e');
/** A4 landscape less 12 mm margins, in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH_PX = Math.floor(((297 - 24) / 25.4) * 96);

suite('Scenario: design report in a browser', () => {
  let browser: Browser;
  suiteSetup(async () => {
    browser = await launchBrowser();
  });
  suiteTeardown(async () => {
    await browser?.close();
  });

  test('the sample report shows goal, steps, matrix, chart and problems; it prints to PDF without cut tables', async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const html = path.join(OUT_DIR, 'design-report.html');
    execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'report', path.join(repoRoot, 'sample-workspace'), '--out', html]);
    assert.doesNotMatch(readFileSync(html, 'utf8'), /<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no script and no remote resource');

    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 }, javaScriptEnabled: false })).newPage();
    await page.goto(pathToFileURL(html).href);
    assert.equal(await page.locator('h1').innerText(), 'sample-workspace');
    assert.match(await page.locator('#goal').innerText(), /Environment \(tools, supplies, setting\)\s+lacking/);
    assert.equal(await page.locator('#steps h4').count(), 12);
    const matrixRows = page.locator('#matrix tbody tr:not(.group):not(.subgroup)');
    assert.equal(await matrixRows.count(), 18);
    assert.match(await matrixRows.filter({ hasText: 'OBJ-PPE-3' }).innerText(), /not assessed/);
    assert.match(await page.locator('#matrix tfoot').innerText(), /17\/18 \(94%\) assessed/);
    assert.equal(await page.locator('#bloom svg rect.bar').count(), 8);
    assert.match(await page.locator('#bloom svg').getAttribute('aria-label') ?? '', /performed skill: 10/);
    const check = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', path.join(repoRoot, 'sample-workspace'), '--format', 'json'], { encoding: 'utf8' });
    const problems = JSON.parse(check.stdout) as unknown[];
    assert.equal(await page.locator('#problems tbody tr').count(), problems.length, 'one row per problem of idstudio check');
    assert.match(await page.locator('#problems').innerText(), /unknown-reference/);
    await page.screenshot({ path: path.join(OUT_DIR, 'design-report.png'), fullPage: false });
    await page.locator('#matrix').screenshot({ path: path.join(OUT_DIR, 'design-report-matrix.png') });

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 800 });
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('table')]
      .filter(table => table.scrollWidth > table.clientWidth + 1 || table.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map(table => table.getAttribute('aria-label')));
    assert.deepEqual(overflowing, [], 'tables fit the printable width');
    const pdf = path.join(OUT_DIR, 'design-report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const bytes = readFileSync(pdf, 'latin1');
    assert.ok(bytes.startsWith('%PDF-'), 'a PDF');
    assert.ok(statSync(pdf).size > 10_000);
    assert.ok((bytes.match(/\/Type\s*\/Page[^s]/g) ?? []).length >= 3, 'several landscape pages');
  });
});
