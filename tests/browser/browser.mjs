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
    // The context sees the requests of every page, worker and service worker it runs; WebSockets (the IDE's
    // subscriptions) are not requests there, so each page reports its own.
    context.on('request', request => requests.push({ method: request.method(), url: request.url() }));
    const recordWebSockets = page => page.on('websocket', socket => requests.push({ method: 'WEBSOCKET', url: socket.url() }));
    context.pages().forEach(recordWebSockets);
    context.on('page', recordWebSockets);
    return await session(context, requests);
  } finally {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Opens the IDE at url and waits until its service worker serves it. In a fresh profile the IDE installs its worker,
 * and when the worker takes the page over the IDE reloads the page: a document created before that (seconds after the
 * page loads, more on a busy machine) would lose the operation running in it.
 */
export async function openIde(page, url, timeout) {
  await page.goto(url);
  const deadline = Date.now() + timeout;
  // Polled in steps: the reload replaces the page's context under a waiting function.
  for (;;) {
    try {
      await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.workerStart > 0, null, { timeout: 5_000 });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
  await page.getByRole('button', { name: 'Create Document' }).waitFor({ timeout });
}

/**
 * Replaces the IDE's operation with the given text through its editor: the text arrives as one input (as an IME or a
 * paste would bring it), because the editor drops keystrokes typed faster than it keeps up with on a busy machine.
 */
export async function setOperation(page, query) {
  const operation = page.locator('.monaco-editor').first();
  for (let attempt = 1; ; attempt++) {
    await operation.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(query);
    try {
      await page.waitForFunction(
        text => document.querySelector('.monaco-editor .view-lines')?.innerText.replaceAll('\u00a0', ' ').trim() === text,
        query,
        { timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Opens a new IDE document, sets its operation and runs it until the result editor shows the expected text. */
export async function runInIde(page, query, expected) {
  await page.getByRole('button', { name: 'Create Document' }).click();
  const operation = page.locator('.monaco-editor').first();
  await operation.locator('textarea').waitFor();
  // The new document's editor takes a moment to accept input after it appears.
  await page.waitForTimeout(2000);
  await setOperation(page, query);
  // Run, and on a busy machine (the IDE still indexing the schema swallows the shortcut) run again.
  for (let attempt = 1; ; attempt++) {
    await operation.click();
    await page.keyboard.press('Control+Alt+Enter');
    try {
      await page.waitForFunction(
        text => [...document.querySelectorAll('.monaco-editor .view-lines')].slice(1)
          .some(lines => lines.innerText.replaceAll('\u00a0', ' ').includes(text)),
        expected,
        { timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The text of the IDE's editors (for reports), with the editor's non-breaking spaces as spaces. */
export async function editorTexts(page) {
  const texts = await page?.locator('.monaco-editor .view-lines').allInnerTexts().catch(() => []) ?? [];
  return texts.map(text => text.replaceAll('\u00a0', ' '));
}
