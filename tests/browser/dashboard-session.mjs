// The live leaderboard page and the IDE against a running platform, in Debian's chromium:
// 1. opens <gateway>/dashboard, picks the game in its picker and waits for the top 10 over the live stream (the
//    answer of the page's first leaderboard query is held back);
// 2. signs the challenger in and submits their score through the gateway, and times, from the submitScore answer to
//    the page showing the challenger on top (a MutationObserver in the page notes when), how long the board took;
//    then lets the held, older query answer arrive and reads the board again;
// 3. opens the Banana Cake Pop IDE at <gateway>/graphql in the same tab, runs the leaderboardUpdated subscription
//    there, submits the climber's score and waits for it in the IDE's result.
// Prints a JSON report on stdout: every request the browser made, the board's rows before and after, the times, the
// IDE's editors. Usage: node dashboard-session.mjs '<JSON settings>' (see LeaderboardPageInBrowserTests).
import { withBrowser, openIde, runInIde, editorTexts } from './browser.mjs';

const settings = JSON.parse(process.argv[2]);
const { gateway, game, challenger, climber } = settings;
const graphql = new URL('/graphql', gateway).toString();
// Generous: the first page load and the IDE's start are slow on a busy 2-core machine.
const TIMEOUT = 60_000;

/** A GraphQL request to the gateway from node (not from the page): a player's own client. */
async function post(query, variables, token) {
  const response = await fetch(graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return await response.json();
}

async function login(player) {
  const answer = await post(
    'mutation Login($u: String!, $p: String!) { login(usernameOrEmail: $u, password: $p) { token } }',
    { u: player.username, p: player.password });
  const token = answer.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(answer)}`);
  return token;
}

const submit = (player, token) => post(
  'mutation Submit($g: ID!, $s: Int!, $k: String!) { submitScore(input: {gameId: $g, score: $s, idempotencyKey: $k}) { status } }',
  { g: game.id, s: player.score, k: player.idempotencyKey },
  token);

const rows = page => page.locator('#entries li').evaluateAll(items => items.map(li => ({
  rank: li.querySelector('.rank').textContent,
  name: li.querySelector('.name').textContent,
  score: li.querySelector('.score').textContent,
  move: li.querySelector('.move').textContent,
})));

/**
 * Starts watching the board in the page: window.firstIs resolves with Date.now() once the board's first row names the
 * player (null after the timeout). A MutationObserver notes the moment the page changes, not when the test next looks.
 */
const watchFirst = (page, name) => page.evaluate(({ name, timeout }) => {
  window.firstIs = new Promise(resolve => {
    const list = document.getElementById('entries');
    const check = () => {
      if (list.querySelector('li .name')?.textContent === name) {
        observer.disconnect();
        resolve(Date.now());
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(null); }, timeout);
    check();
  });
}, { name, timeout: TIMEOUT });

/**
 * Holds back the answer of the page's first leaderboard query for the game: fetched at once, delivered only when the
 * returned release() is called — after newer boards came over the stream, as a slow query or a poll in flight would.
 */
async function holdBoardQuery(page, gameId) {
  let taken = false;
  let capture;
  const captured = new Promise(resolve => { capture = resolve; });
  await page.route('**/graphql', async route => {
    const request = route.request();
    let body = null;
    try { body = request.method() === 'POST' ? request.postDataJSON() : null; } catch { /* not JSON */ }
    if (!taken && body?.query?.includes('leaderboard(') && body.variables?.gameId === gameId) {
      taken = true;
      capture({ route, request, response: await route.fetch() });
    } else {
      await route.fallback();
    }
  });
  return async () => {
    const { route, request, response } = await captured;
    const finished = page.waitForEvent('requestfinished', { predicate: finishedRequest => finishedRequest === request, timeout: TIMEOUT });
    await route.fulfill({ response });
    await finished;
    // The page reads the answer and renders it in a task or two: give it ample time.
    await page.waitForTimeout(1000);
    await page.unroute('**/graphql');
  };
}

await withBrowser(async (context, requests) => {
  const report = { requests };
  let page;
  try {
    page = context.pages()[0] ?? await context.newPage();
    await page.goto(new URL('/dashboard', gateway).toString());
    await page.locator(`#game option[value="${game.id}"]`).waitFor({ state: 'attached', timeout: TIMEOUT });
    report.initialGame = await page.locator('#game').inputValue();
    const releaseBoardQuery = await holdBoardQuery(page, game.id);
    await page.selectOption('#game', { label: game.title });
    report.url = page.url();
    await page.locator('#connection[data-state="live"]').waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(() => document.querySelectorAll('#entries li').length === 10, null, { timeout: TIMEOUT });
    report.before = await rows(page);
    report.players = await page.locator('#players').textContent();
    report.connection = await page.locator('#connection').textContent();

    const challengerToken = await login(challenger);
    await watchFirst(page, challenger.displayName);
    const sentAt = Date.now();
    report.submitted = await submit(challenger, challengerToken);
    const answeredAt = Date.now();
    const changedAt = await page.evaluate(() => window.firstIs);
    report.submitMs = answeredAt - sentAt;
    // Negative when the board moved before the answer arrived (the subgraph announces the board before it answers).
    report.pageChangedMs = changedAt === null ? null : changedAt - answeredAt;
    report.after = await rows(page);
    report.playersAfter = await page.locator('#players').textContent();
    // The page's first query, answered with the board before the challenger's score, arrives last: the page keeps
    // the newer board the stream brought.
    await releaseBoardQuery();
    report.afterLateQuery = await rows(page);

    // The IDE in the same tab (a background tab does not get the editor's focus).
    const climberToken = await login(climber);
    await openIde(page, graphql, TIMEOUT);
    const operation = `subscription { leaderboardUpdated(gameId: "${game.id}", top: 3) { entries { rank score user { displayName } } } }`;
    // The first event is the board as it stands: the challenger on top.
    await runInIde(page, operation, challenger.displayName);
    report.ideBefore = await editorTexts(page);
    report.submittedWhileIdeListens = await submit(climber, climberToken);
    await page.waitForFunction(
      ({ name, score }) => [...document.querySelectorAll('.monaco-editor .view-lines')].slice(1)
        .map(lines => lines.innerText.replaceAll('\u00a0', ' ')).some(text => text.includes(name) && text.includes(score)),
      { name: climber.displayName, score: String(climber.score) },
      { timeout: TIMEOUT });
    report.ideAfter = await editorTexts(page);
  } catch (error) {
    report.ideAfter ??= await editorTexts(page);
    report.error = String(error?.stack ?? error);
    process.exitCode = 1;
  }
  process.stdout.write(JSON.stringify(report));
});
