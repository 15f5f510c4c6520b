// The live leaderboard: subscribes to leaderboardUpdated through the gateway with graphql-sse (served from
// vendor/, copied from the npm package at build time), resubscribes with backoff when the stream ends with an
// error, and polls the leaderboard query every 5 s while the stream cannot be opened.
import { createClient } from './vendor/graphql-sse/client.mjs';

const GRAPHQL = new URL('../graphql', location.href).pathname;
const POLL_MS = 5000;
const MAX_BACKOFF_MS = 30000;

const BOARD_FIELDS = `gameId window region totalPlayers entries { rank score user { id displayName } }`;
const SUBSCRIPTION = `subscription Board($gameId: ID!, $window: LeaderboardWindow, $region: Region) {
  leaderboardUpdated(gameId: $gameId, window: $window, region: $region, top: 10) { ${BOARD_FIELDS} } }`;
const QUERY = `query Board($gameId: ID!, $window: LeaderboardWindow, $region: Region) {
  leaderboard(gameId: $gameId, window: $window, region: $region, first: 10) { ${BOARD_FIELDS} } }`;

const $ = (id) => document.getElementById(id);
const client = createClient({ url: GRAPHQL, retryAttempts: 0 });

let board = null;          // { gameId, window, region }
let stop = null;           // ends the current subscription
let pollTimer = null;
let retryTimer = null;
let attempt = 0;
let generation = 0;        // ignores results of a board the user already left
let streamed = 0;          // boards the stream brought: a query answer overtaken by one of them is older than it
let previousRanks = new Map();

function setState(state, text) {
  const el = $('connection');
  el.className = `state ${state}`;
  el.dataset.state = state;
  el.textContent = text ?? state;
}

async function post(query, variables) {
  const response = await fetch(GRAPHQL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function variables() {
  return { gameId: board.gameId, window: board.window, region: board.region || null };
}

function render(leaderboard) {
  if (!leaderboard) return;
  $('players').textContent = leaderboard.totalPlayers.toLocaleString();
  const list = $('entries');
  const before = new Map([...list.children].map((li) => [li.dataset.user, li.getBoundingClientRect().top]));
  const rows = new Map([...list.children].map((li) => [li.dataset.user, li]));
  const ranks = new Map();
  const fragment = [];
  for (const entry of leaderboard.entries) {
    const id = entry.user.id;
    ranks.set(id, entry.rank);
    let li = rows.get(id);
    if (!li) {
      li = document.createElement('li');
      li.dataset.user = id;
      li.innerHTML = '<span class="rank"></span><span class="name"></span><span class="score"></span><span class="move"></span>';
    }
    rows.delete(id);
    const old = previousRanks.get(id);
    const move = li.querySelector('.move');
    if (old === undefined) { move.className = 'move new'; move.textContent = previousRanks.size ? 'new' : ''; }
    else if (old > entry.rank) { move.className = 'move up'; move.textContent = `▲ ${old - entry.rank}`; }
    else if (old < entry.rank) { move.className = 'move down'; move.textContent = `▼ ${entry.rank - old}`; }
    else if (li.querySelector('.score').textContent !== entry.score.toLocaleString()) { move.className = 'move'; move.textContent = ''; }
    if (li.querySelector('.score').textContent !== entry.score.toLocaleString() && li.isConnected) {
      li.classList.add('changed');
      setTimeout(() => li.classList.remove('changed'), 1200);
    }
    li.querySelector('.rank').textContent = entry.rank;
    li.querySelector('.name').textContent = entry.user.displayName;
    li.querySelector('.score').textContent = entry.score.toLocaleString();
    fragment.push(li);
  }
  list.replaceChildren(...fragment);
  // FLIP: rows that moved start where they were and glide to their new place.
  for (const li of fragment) {
    const top = before.get(li.dataset.user);
    if (top === undefined) continue;
    const delta = top - li.getBoundingClientRect().top;
    if (delta) {
      li.style.transition = 'none';
      li.style.transform = `translateY(${delta}px)`;
      requestAnimationFrame(() => { li.style.transition = ''; li.style.transform = ''; });
    }
  }
  previousRanks = ranks;
  $('empty').hidden = leaderboard.entries.length > 0;
}

async function pollOnce(current) {
  const before = streamed;
  try {
    const result = await post(QUERY, variables());
    if (current === generation && before === streamed && result.data) render(result.data.leaderboard);
  } catch { /* the gateway is unreachable: the next poll tries again */ }
}

function startPolling(current) {
  if (pollTimer) return;
  pollOnce(current);
  pollTimer = setInterval(() => pollOnce(current), POLL_MS);
}

function stopPolling() {
  clearInterval(pollTimer);
  pollTimer = null;
}

function retryLater(current) {
  // While the stream is down the board still moves, every 5 s.
  startPolling(current);
  const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) * (0.75 + Math.random() / 2);
  attempt += 1;
  setState('polling', `reconnecting in ${Math.round(delay / 1000)} s (polling)`);
  retryTimer = setTimeout(() => subscribe(current), delay);
}

function subscribe(current) {
  if (current !== generation) return;
  setState(attempt ? 'reconnecting' : 'connecting', attempt ? 'reconnecting' : 'connecting');
  let failed = false;
  stop = client.subscribe({ query: SUBSCRIPTION, variables: variables() }, {
    next(result) {
      if (current !== generation) return;
      if (result.errors?.length) { failed = true; return; }
      attempt = 0;
      stopPolling();
      setState('live');
      streamed += 1;
      render(result.data?.leaderboardUpdated);
    },
    error() {
      if (current === generation) retryLater(current);
    },
    complete() {
      // The gateway completes a stream whose subgraph went away after an error event: resubscribe.
      if (current === generation && failed) retryLater(current);
    },
  });
}

function select() {
  generation += 1;
  stop?.();
  stopPolling();
  clearTimeout(retryTimer);
  attempt = 0;
  previousRanks = new Map();
  $('entries').replaceChildren();
  board = { gameId: $('game').value, window: $('window').value, region: $('region').value };
  const params = new URLSearchParams(board);
  history.replaceState(null, '', `?${params}`);
  pollOnce(generation);
  subscribe(generation);
}

async function loadGames() {
  const params = new URLSearchParams(location.search);
  let games = [];
  try {
    const result = await post('{ games(first: 20) { nodes { id title } } }', {});
    games = result.data?.games?.nodes ?? [];
  } catch { /* no catalog: the game from the URL still works */ }
  const wanted = params.get('gameId');
  if (wanted && !games.some((g) => g.id === wanted)) {
    // Not among the first page (the catalog lists A–Z): ask for its title, else show its id.
    let title = `Game ${wanted}`;
    try {
      const result = await post('query Game($id: ID!) { game(id: $id) { title } }', { id: wanted });
      title = result.data?.game?.title ?? title;
    } catch { /* the id is enough to show its board */ }
    games.unshift({ id: wanted, title });
  }
  $('game').replaceChildren(...games.map((g) => new Option(g.title, g.id)));
  if (wanted) $('game').value = wanted;
  if (params.get('window')) $('window').value = params.get('window');
  if (params.get('region') !== null) $('region').value = params.get('region');
}

await loadGames();
for (const id of ['game', 'window', 'region']) $(id).addEventListener('change', select);
if ($('game').value) select(); else setState('offline', 'no games');
