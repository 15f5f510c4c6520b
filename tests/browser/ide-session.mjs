// Opens the Banana Cake Pop IDE in Debian's chromium, waits, runs one query through the IDE's own editor, and prints
// a JSON report on stdout: every request the browser made (pages, workers, service worker) and the IDE's editors' text.
// Usage: node ide-session.mjs <page url> <seconds to wait before the query> <query> <text the result must contain>
// Driven by IdeBrowserTests; the browser is /usr/bin/chromium (or CHROMIUM), never a downloaded one.
import { withBrowser, openIde, runInIde, editorTexts } from './browser.mjs';

const [pageUrl, waitSeconds, query, expected] = process.argv.slice(2);
await withBrowser(async (context, requests) => {
  let page;
  try {
    page = context.pages()[0] ?? await context.newPage();
    await openIde(page, pageUrl, 60_000);

    // The telemetry call the IDE makes, unless told not to, leaves about 10 s after it opens.
    await page.waitForTimeout(Number(waitSeconds) * 1000);

    await runInIde(page, query, expected);
    process.stdout.write(JSON.stringify({ requests, editors: await editorTexts(page) }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ requests, editors: await editorTexts(page), error: String(error?.stack ?? error) }));
    process.exitCode = 1;
  }
});
