#!/usr/bin/env node
// A scripted conversation with a bot through a running Microsoft 365 Agents Playground, without a browser: it talks to
// the playground's own web API (HTTP for what the user does, WebSockets for what the bot sends), so the activities
// the bot receives are built by the playground exactly as when a person uses its web UI.
//
// Usage: node playground-test.js [--base URL] [--conv personal|group|channel|ID] [--timeout MS] STEP...
//   --base     the playground (default http://127.0.0.1:56150)
//   --conv     which of the playground's conversations to use (default personal)
//   --timeout  how long expect waits (default 15000 ms)
// Steps, in order:
//   say:TEXT          the user sends TEXT (in a group chat or channel the bot only hears mentions)
//   mention:TEXT      the user sends "@bot TEXT", with the mention entity
//   expect:REGEX      a bot message since the user's last step matches REGEX (case-insensitive), in its text or
//                     its attachments' JSON
//   expectNone:MS     the bot sends nothing for MS milliseconds
//   input:ID=VALUE    a card input's value for the next execute or submit
//   execute:TITLE     press the Action.Execute titled TITLE on the latest card (an adaptiveCard/action invoke);
//                     a card in the invoke response replaces that card
//   expectCard:REGEX  the card from the last execute (or the latest card) matches REGEX
//   submit:TITLE      press the Action.Submit titled TITLE on the latest card
//   noCardMatches:REGEX  no card the bot sent in this run, as it stands now (after the bot's updates), matches REGEX
//   wait:MS           pause
// Before the steps the app is installed in the conversation (installationUpdate and conversationUpdate).
// Prints what happens and ends with "N passed, N failed"; exit 0 only when every step passed.
'use strict';

if (typeof WebSocket === 'undefined') {
  // Node 20 and 21 have WebSocket behind a flag: run again with it.
  const { spawnSync } = require('child_process');
  const run = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status === null ? 1 : run.status);
}

const opt = { base: 'http://127.0.0.1:56150', conv: 'personal', timeout: 15000 };
const steps = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--base') opt.base = argv[++i].replace(/\/$/, '');
  else if (argv[i] === '--conv') opt.conv = argv[++i];
  else if (argv[i] === '--timeout') opt.timeout = Number(argv[++i]);
  else steps.push(argv[i]);
}
if (!steps.length) {
  console.error('usage: playground-test.js [--base URL] [--conv personal|group|channel|ID] [--timeout MS] STEP...');
  process.exit(2);
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function call(method, route, body) {
  const res = await fetch(opt.base + route, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${text.slice(0, 300)}`);
  try { return text ? JSON.parse(text) : null; } catch (_) { return text; }
}

function stream(route, onMessage) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(opt.base.replace(/^http/, 'ws') + route);
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error(`cannot open the WebSocket ${route}`));
    ws.onmessage = (ev) => { let m; try { m = JSON.parse(String(ev.data)); } catch (_) { return; } onMessage(m); };
  });
}

const cardsOf = (message) => (message.attachments || []).filter((a) => a.contentType === ADAPTIVE).map((a) => a.content);

function findAction(node, type, title) {
  if (!node || typeof node !== 'object') return null;
  if (node.type === type && node.title === title) return node;
  for (const child of Object.values(node)) {
    const found = findAction(child, type, title);
    if (found) return found;
  }
  return null;
}

(async () => {
  const { config } = await call('GET', '/_internal/v1/config');
  const user = config.currentUser;
  const bot = config.bot;
  const team = config.teams && config.teams[0];
  const conversations = {
    personal: config.personalChat && config.personalChat.id,
    group: config.groupChats && config.groupChats[0] && config.groupChats[0].id,
    channel: team && team.channels[0] && team.channels[0].id,
  };
  const conv = conversations[opt.conv] || opt.conv;
  console.log(`[info] ${user.name} talks to ${bot.name} in ${opt.conv} conversation ${conv}`);

  const fromBot = []; // { messageId, conversationId, text, attachments, at }
  const chat = await stream('/_ws_conversation/v1/conversations/stream', ({ action, actionConversationId, message }) => {
    if ((action !== 'createMessage' && action !== 'updateMessage') || !message) return;
    if (message.from && message.from.id !== bot.id) return; // the user's own message
    const entry = { messageId: message.messageId, conversationId: actionConversationId, text: message.text || '', attachments: message.attachments || [], at: Date.now() };
    const old = action === 'updateMessage' && fromBot.find((m) => m.messageId === entry.messageId);
    if (old) Object.assign(old, entry); else fromBot.push(entry);
    const cards = cardsOf(entry).length;
    console.log(`[bot ${action === 'updateMessage' ? 'updates' : 'says'}] ${JSON.stringify(entry.text)}${cards ? ` + ${cards} card(s)` : ''}`);
  });
  const log = await stream('/_ws/log/stream', ({ log: l }) => {
    const status = l && l.response && l.response.statusCode;
    if (l && (/^(warning|error)$/i.test(l.level || '') || status >= 400)) {
      console.log(`[playground ${l.level || status}] ${l.displayText || ''} ${status ? JSON.stringify(l.response).slice(0, 300) : ''}`);
    }
  });

  const inThisConversation = (m) => String(m.conversationId).startsWith(conv);
  const latestWith = (type, title) => {
    for (const message of [...fromBot].reverse().filter(inThisConversation)) {
      for (const card of cardsOf(message).reverse()) {
        const action = findAction(card, type, title);
        if (action) return { message, action };
      }
    }
    return null;
  };

  let since = Date.now(); // the first expect also sees the bot's welcome on installation
  await call('POST', `/_debug/conversation/${encodeURIComponent(conv)}/installation`, {});
  await sleep(1500);

  let inputs = {};
  let invokeCard = null;
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const colon = step.indexOf(':');
    const op = colon < 0 ? step : step.slice(0, colon);
    const arg = colon < 0 ? '' : step.slice(colon + 1);
    console.log(`[step] ${step}`);
    let why = null;
    try {
      switch (op) {
        case 'say':
        case 'mention': {
          since = Date.now();
          const at = `<at>${bot.name}</at>`;
          await call('POST', `/_conversation/v1/conversations/${encodeURIComponent(conv)}/messages`, {
            type: 'text', textFormat: 'plain', from: { id: user.id },
            text: op === 'mention' ? `${at} ${arg}` : arg,
            mentions: op === 'mention' ? [{ mentioned: { id: bot.id, name: bot.name }, text: at }] : [],
          });
          break;
        }
        case 'expect': {
          const re = new RegExp(arg, 'i');
          const matches = (m) => m.at >= since && (re.test(m.text) || re.test(JSON.stringify(m.attachments)));
          const deadline = Date.now() + opt.timeout;
          while (!fromBot.some(matches) && Date.now() < deadline) await sleep(100);
          if (!fromBot.some(matches)) why = `no bot message matched /${arg}/ within ${opt.timeout} ms`;
          break;
        }
        case 'expectNone': {
          const start = Date.now();
          await sleep(Number(arg) || 2000);
          const sent = fromBot.filter((m) => m.at >= start);
          if (sent.length) why = `the bot sent ${sent.length} message(s): ${JSON.stringify(sent.map((m) => m.text))}`;
          break;
        }
        case 'input': {
          const eq = arg.indexOf('=');
          if (eq < 1) { why = 'expected input:ID=VALUE'; break; }
          inputs[arg.slice(0, eq)] = arg.slice(eq + 1);
          break;
        }
        case 'execute': {
          const found = latestWith('Action.Execute', arg);
          if (!found) { why = `no card has an Action.Execute titled "${arg}"`; break; }
          since = Date.now();
          const action = { type: 'Action.Execute', title: found.action.title, verb: found.action.verb, data: { ...(found.action.data || {}), ...inputs } };
          inputs = {};
          const response = await call('POST', '/_conversation/v1/invoke', {
            name: 'adaptiveCard/action', value: { action }, from: { id: user.id },
            conversation: { id: found.message.conversationId || conv }, replyToId: found.message.messageId,
          });
          console.log(`[invoke response] ${JSON.stringify(response).slice(0, 300)}`);
          invokeCard = response && response.type === ADAPTIVE ? response.value : null;
          // As in the playground's UI, the card from the response takes the place of the pressed one.
          if (invokeCard) found.message.attachments = [{ contentType: ADAPTIVE, content: invokeCard }];
          break;
        }
        case 'expectCard': {
          const latest = [...fromBot].reverse().map((m) => cardsOf(m)).find((cards) => cards.length);
          const card = invokeCard || (latest && latest[latest.length - 1]);
          if (!card || !new RegExp(arg, 'i').test(JSON.stringify(card))) why = `the card does not match /${arg}/: ${JSON.stringify(card || null).slice(0, 300)}`;
          break;
        }
        case 'submit': {
          const found = latestWith('Action.Submit', arg);
          if (!found) { why = `no card has an Action.Submit titled "${arg}"`; break; }
          since = Date.now();
          const data = found.action.data && typeof found.action.data === 'object' ? found.action.data : {};
          const value = { ...data, ...inputs };
          inputs = {};
          await call('POST', '/_conversation/v1/submit', {
            conversation: { id: found.message.conversationId || conv }, replyToId: found.message.messageId, value, from: { id: user.id },
          });
          break;
        }
        case 'noCardMatches': {
          // Updates arrive on their own WebSocket: give the bot's last edits a moment to land before reading.
          await sleep(1000);
          const re = new RegExp(arg, 'i');
          const hits = fromBot.filter(inThisConversation).flatMap((m) => cardsOf(m)).map((c) => JSON.stringify(c)).filter((json) => re.test(json));
          if (hits.length) why = `${hits.length} card(s) match /${arg}/, e.g. ${hits[0].slice(0, 300)}`;
          break;
        }
        case 'wait': await sleep(Number(arg)); break;
        default: why = 'unknown step';
      }
    } catch (e) { why = e.message || String(e); }
    if (why) { failed += 1; console.log(`[FAIL] ${step}: ${why}`); } else passed += 1;
  }
  await sleep(300);
  chat.close();
  log.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(`[error] ${e.message || e}`); console.log('0 passed, 1 failed'); process.exit(1); });
