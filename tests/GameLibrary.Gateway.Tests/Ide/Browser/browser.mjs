// What the browser sessions share: Debian's chromium through playwright-core (never a downloaded browser), every
// request recorded, and running an operation through the Banana Cake Pop IDE's own editor.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs session(context, requests) in a fresh chromium profile, then closes and deletes it. */
export async function withBrowser(session) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gamelibrary-browser-'));
  const requests = [];
  let context;
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
    return await session(context, requests);
  } finally {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Types the operation into a new IDE document and runs it until the result editor shows the expected text. */
export async function runInIde(page, query, expected) {
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
}

/** The text of the IDE's editors (for reports). */
export async function editorTexts(page) {
  return await page?.locator('.monaco-editor .view-lines').allInnerTexts().catch(() => []) ?? [];
}
