// Opens the Banana Cake Pop IDE in Debian's chromium, waits, runs one query through the IDE's own editor, and prints
// a JSON report on stdout: every request the browser made (pages, workers, service worker) and the IDE's editors' text.
// Usage: node ide-session.mjs <page url> <seconds to wait before the query> <query> <text the result must contain>
// Driven by IdeBrowserTests; the browser is /usr/bin/chromium (or CHROMIUM), never a downloaded one.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [pageUrl, waitSeconds, query, expected] = process.argv.slice(2);
const userDataDir = mkdtempSync(join(tmpdir(), 'gamelibrary-ide-'));
const requests = [];
let context;
let page;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  // The context sees the requests of every page, worker and service worker it runs.
  context.on('request', request => requests.push({ method: request.method(), url: request.url() }));
  page = context.pages()[0] ?? await context.newPage();
  await page.goto(pageUrl);

  // The telemetry call the IDE makes, unless told not to, leaves about 10 s after it opens.
  await page.waitForTimeout(Number(waitSeconds) * 1000);

  await page.getByRole('button', { name: 'Create Document' }).click();
  const operation = page.locator('.monaco-editor').first();
  await operation.locator('textarea').waitFor();
  // The new document's editor takes a moment to accept input after it appears.
  await page.waitForTimeout(2000);
  // Slowly: the editor drops keystrokes that come too fast (a busy machine is slower still: retried slower).
  for (let attempt = 1; ; attempt++) {
    await operation.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(query, { delay: 200 * attempt });
    try {
      await page.waitForFunction(
        text => document.querySelector('.monaco-editor .view-lines')?.innerText.replaceAll('\u00a0', ' ').trim() === text,
        query,
        { timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  // Run, and on a busy machine (the IDE still indexing the schema swallows the shortcut) run again.
  for (let attempt = 1; ; attempt++) {
    await operation.click();
    await page.keyboard.press('Control+Alt+Enter');
    try {
      await page.waitForFunction(
        text => [...document.querySelectorAll('.monaco-editor .view-lines')].some(lines => lines.innerText.includes(text)),
        expected,
        { timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const texts = await page.locator('.monaco-editor .view-lines').allInnerTexts();
  process.stdout.write(JSON.stringify({ requests, editors: texts }));
} catch (error) {
  const editors = await page?.locator('.monaco-editor .view-lines').allInnerTexts().catch(() => []);
  process.stdout.write(JSON.stringify({ requests, editors, error: String(error?.stack ?? error) }));
  process.exitCode = 1;
} finally {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
