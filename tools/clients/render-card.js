#!/usr/bin/env node
// Parses, validates and renders Adaptive Cards with Microsoft's own renderer (npm adaptivecards, markdown through
// markdown-it as in the designer) in headless Chromium, many cards per browser launch.
//
// Usage: node render-card.js [--strict] [--max-version 1.5] [--width 450] [--screenshots DIR] CARD.json...
//   Each file holds a card, an attachment, an activity with attachments (every adaptive card in it is checked)
//   or an invoke response ({statusCode, type, value} or {status, body}).
//   --max-version  the newest card version the host supports (Teams: 1.5)
//   --strict       warnings fail a card too
//   --screenshots  write DIR/<file name>[-N].png for every rendered card
// Prints one line per card (OK or FAIL, then its errors and warnings indented) and a summary line.
// Exit: 0 every card passed, 1 a card failed, 2 usage error or the browser could not start.
// Chromium: /usr/bin/chromium, or $CHROMIUM. Nothing is fetched: card images from the web are blocked and reported.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const opt = { strict: false, maxVersion: '1.5', width: 450, screenshots: null };
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--strict') opt.strict = true;
  else if (a === '--max-version') opt.maxVersion = argv[++i];
  else if (a === '--width') opt.width = Number(argv[++i]);
  else if (a === '--screenshots') opt.screenshots = argv[++i];
  else if (a.startsWith('--')) { files.length = 0; break; }
  else files.push(a);
}
if (!files.length || !opt.maxVersion || !(opt.width > 0) || (argv.includes('--screenshots') && !opt.screenshots)) {
  console.error('usage: render-card.js [--strict] [--max-version 1.5] [--width 450] [--screenshots DIR] CARD.json...');
  process.exit(2);
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
// The cards a JSON document holds, as [label, card]; throws when it holds none.
function cardsIn(doc) {
  if (doc && Array.isArray(doc.attachments)) {
    const found = doc.attachments.map((a, i) => [`attachments[${i}]`, a]).filter(([, a]) => a && a.contentType === ADAPTIVE);
    if (!found.length) throw new Error('the activity has no adaptive card attachment');
    return found.map(([label, a]) => [label, a.content]);
  }
  if (doc && doc.contentType === ADAPTIVE) return [['attachment', doc.content]];
  if (doc && doc.type === ADAPTIVE && 'value' in doc) return [['invoke response', doc.value]];
  if (doc && doc.body && doc.body.type === ADAPTIVE) return [['invoke response', doc.body.value]];
  if (doc && doc.type === 'AdaptiveCard') return [['card', doc]];
  throw new Error('neither a card, an attachment, an activity with attachments nor an invoke response');
}

// Runs in the page: one card through parse, validation and render, into a fresh container.
function renderInPage({ card, maxVersion }) {
  const AC = window.AdaptiveCards;
  if (!window.markdownReady && window.markdownit) {
    const md = window.markdownit({ html: false, linkify: true });
    AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
    window.markdownReady = true;
  }
  const events = [];
  const note = (stage, e) => events.push({
    stage, event: AC.ValidationEvent[e.event] || String(e.event), message: e.message,
    source: e.source && e.source.getJsonTypeName ? e.source.getJsonTypeName() + (e.source.id ? '#' + e.source.id : '') : '',
  });
  const host = document.getElementById('card');
  host.replaceChildren();
  const ac = new AC.AdaptiveCard();
  ac.hostConfig = new AC.HostConfig({ fontFamily: '"Segoe UI", "Helvetica Neue", Arial, sans-serif' });
  const max = AC.Version.parse(maxVersion, new AC.SerializationContext());
  ac.maxVersion = max;
  const context = new AC.SerializationContext(max);
  try { ac.parse(card, context); } catch (e) { events.push({ stage: 'parse', event: 'Exception', message: String(e && e.message || e) }); }
  for (let i = 0; i < context.eventCount; i++) note('parse', context.getEventAt(i));
  try { for (const e of ac.validateProperties().validationEvents) note('validate', e); } catch (e) {
    events.push({ stage: 'validate', event: 'Exception', message: String(e && e.message || e) });
  }
  let rendered = false;
  try {
    const el = ac.render();
    if (el) { host.appendChild(el); rendered = true; } else events.push({ stage: 'render', event: 'Exception', message: 'render() returned nothing' });
  } catch (e) { events.push({ stage: 'render', event: 'Exception', message: String(e && e.message || e) }); }
  return { events, rendered, version: card && card.version, actions: ac.getAllActions().length, inputs: ac.getAllInputs().length };
}

// What the renderer reports that is not an error: advice about the card, not a fault in it.
const WARNING_EVENTS = new Set(['Hint', 'Deprecated', 'TooManyActions', 'UnsupportedProperty', 'RequiredInputsShouldHaveLabel',
  'RequiredInputsShouldHaveErrorMessage', 'Other']);

(async () => {
  let chromium;
  try { ({ chromium } = require('playwright-core')); } catch (e) {
    console.error(`cannot load playwright-core; run: bash ${path.relative(process.cwd(), __dirname) || '.'}/setup.sh`);
    process.exit(2);
  }
  const lib = (p) => require.resolve(p);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'render-card-'));
  let browser;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND'],
      viewport: { width: opt.width + 40, height: 800 },
    });
  } catch (e) {
    console.error(`cannot start Chromium: ${e.message.split('\n')[0]}`);
    fs.rmSync(profile, { recursive: true, force: true });
    process.exit(2);
  }
  let blocked = [];
  await browser.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(data|about|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = browser.pages()[0] || await browser.newPage();
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    body{margin:0;padding:20px;background:#f5f5f5;font-family:"Segoe UI","Helvetica Neue",Arial,sans-serif}
    #card{width:${opt.width}px;background:#fff;border:1px solid #e0e0e0;border-radius:6px}</style></head>
    <body><div id="card"></div></body></html>`);
  await page.addStyleTag({ path: lib('adaptivecards/dist/adaptivecards.css') });
  await page.addScriptTag({ path: lib('adaptivecards/dist/adaptivecards.min.js') });
  await page.addScriptTag({ path: lib('markdown-it/dist/markdown-it.min.js') });
  if (opt.screenshots) fs.mkdirSync(opt.screenshots, { recursive: true });

  let passed = 0; let failed = 0;
  for (const file of files) {
    let cards;
    try { cards = cardsIn(JSON.parse(fs.readFileSync(file, 'utf8'))); } catch (e) {
      console.log(`FAIL ${file}: ${e.message}`);
      failed += 1;
      continue;
    }
    for (const [n, [label, card]] of cards.entries()) {
      const name = cards.length > 1 ? `${file} ${label}` : file;
      let content = card;
      if (typeof content === 'string') { try { content = JSON.parse(content); } catch (_) { /* reported by the parser */ } }
      blocked = [];
      const r = await page.evaluate(renderInPage, { card: content, maxVersion: opt.maxVersion });
      await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 3000 }).catch(() => {});
      const errors = r.events.filter((e) => !WARNING_EVENTS.has(e.event));
      const warnings = r.events.filter((e) => WARNING_EVENTS.has(e.event));
      if (blocked.length) warnings.push({ stage: 'render', event: 'Offline', message: `not loaded (nothing is fetched): ${[...new Set(blocked)].join(' ')}` });
      const ok = r.rendered && errors.length === 0 && !(opt.strict && warnings.length);
      if (ok && opt.screenshots) {
        const shot = path.join(opt.screenshots, path.basename(file, '.json') + (cards.length > 1 ? `-${n}` : '') + '.png');
        await page.locator('#card').screenshot({ path: shot });
      }
      console.log(`${ok ? 'OK  ' : 'FAIL'} ${name} (version ${r.version}, ${r.actions} action(s), ${r.inputs} input(s)` +
        `${errors.length ? `, ${errors.length} error(s)` : ''}${warnings.length ? `, ${warnings.length} warning(s)` : ''})`);
      for (const [kind, list] of [['ERROR  ', errors], ['WARNING', warnings]]) {
        for (const e of list) console.log(`  ${kind} [${e.stage}] ${e.event}${e.source ? ' ' + e.source : ''}: ${e.message}`);
      }
      if (ok) passed += 1; else failed += 1;
    }
  }
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`${passed + failed} card(s): ${passed} passed, ${failed} failed (host max version ${opt.maxVersion}${opt.strict ? ', strict' : ''})`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error('ERROR', e && e.stack || e); process.exit(2); });
