// Opens the live leaderboard page in Debian's chromium, waits for the top 10 over the live stream, submits a score
// through the gateway and waits for the board to show it; then runs leaderboardUpdated in the Banana Cake Pop IDE
// and submits another score so that an event arrives there. Prints a JSON report on stdout: every request the
// browser made, the board's rows before and after, the IDE's editors.
// Usage: node dashboard-session.mjs <gateway base url> <game id>
// Driven by DashboardBrowserTests.
import { withBrowser, runInIde, editorTexts } from './browser.mjs';

const [base, gameId] = process.argv.slice(2);
const TIMEOUT = 60_000;

async function submit(page, player, score) {
  return await page.evaluate(async ({ player, score, gameId }) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation Submit($gameId: ID!, $player: String!, $score: Int!) { submitScore(gameId: $gameId, player: $player, score: $score) }',
        variables: { gameId, player, score },
      }),
    });
    return await response.json();
  }, { player, score, gameId });
}

const rows = page => page.locator('#entries li').evaluateAll(items => items.map(li => ({
  rank: li.querySelector('.rank').textContent,
  name: li.querySelector('.name').textContent,
  score: li.querySelector('.score').textContent,
  move: li.querySelector('.move').textContent,
})));

await withBrowser(async (context, requests) => {
  const report = { requests };
  let ide;
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(new URL(`/dashboard?gameId=${gameId}`, base).toString());
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(() => document.querySelectorAll('#entries li').length === 10, null, { timeout: TIMEOUT });
    report.before = await rows(page);
    report.players = await page.locator('#players').textContent();

    report.submitted = await submit(page, 'Zed', 5000);
    await page.waitForFunction(() => document.querySelector('#entries li .name')?.textContent === 'Zed', null, { timeout: TIMEOUT });
    report.after = await rows(page);
    report.playersAfter = await page.locator('#players').textContent();

    // The same tab (a background tab does not get the editor's focus), once the IDE settled.
    ide = page;
    await ide.goto(new URL('/graphql', base).toString());
    await ide.waitForTimeout(5000);
    await runInIde(ide, `subscription { leaderboardUpdated(gameId: ${gameId}) { entries { score } } }`, '5000');
    report.submittedWhileIdeListens = await submit(ide, 'Yara', 6543);
    await ide.waitForFunction(
      () => [...document.querySelectorAll('.monaco-editor .view-lines')].some(lines => lines.innerText.includes('6543')),
      null,
      { timeout: TIMEOUT });
    report.editors = await editorTexts(ide);
  } catch (error) {
    report.editors = await editorTexts(ide);
    report.error = String(error?.stack ?? error);
    process.exitCode = 1;
  }
  process.stdout.write(JSON.stringify(report));
});
