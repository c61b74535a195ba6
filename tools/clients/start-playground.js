#!/usr/bin/env node
// Starts the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) in the background against a bot,
// reachable from this machine only: every socket the playground listens on is bound to 127.0.0.1, its connector
// (service URL) is on loopback, telemetry is off, no browser is opened, and the events it sees are recorded.
//
// Usage: node start-playground.js [BOT_ENDPOINT] [PORT] [PLAYGROUND_OPTION...]
//   BOT_ENDPOINT  default http://127.0.0.1:3978/api/messages
//   PORT          default 56150 (it must be free: the playground would otherwise move to a random port)
//   env PG_DIR    working folder (default $TMPDIR/playground-PORT): playground.pid, playground.out (console),
//                 playground.log, events.json (recording)
//   env PG_CHANNEL  msteams (default), directline, webchat, emulator or agents
// Prints the playground's process id once it answers on http://127.0.0.1:PORT/ (its web UI); stop it with
// kill "$(cat "$PG_DIR/playground.pid")". Exit 1 when it does not come up.
'use strict';
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

if (process.argv[2] === '--serve') {
  // The playground itself, in this process. It listens on all interfaces when given only a port; bind loopback.
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (...args) {
    const wildcard = (host) => host === undefined || host === '' || host === '0.0.0.0' || host === '::';
    const [first] = args;
    if (args.length === 0 || typeof first === 'function') args.unshift(0, '127.0.0.1');
    else if (first && typeof first === 'object' && first.path === undefined && first.handle === undefined && first.fd === undefined
      && wildcard(first.host)) args[0] = { ...first, host: '127.0.0.1' };
    else if (typeof first === 'number' || /^\d+$/.test(first)) {
      if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
      else if (wildcard(args[1])) args[1] = '127.0.0.1';
    }
    return listen.apply(this, args);
  };
  process.on('uncaughtException', (e) => { console.error(e); process.exit(1); });
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  process.argv = [process.execPath, cli, ...process.argv.slice(3)];
  require(path.join(path.dirname(cli), 'dist')).start();
  return;
}

const [endpoint = 'http://127.0.0.1:3978/api/messages', port = '56150', ...extra] = process.argv.slice(2);
if (!/^\d+$/.test(port) || !/^https?:\/\//.test(endpoint)) {
  console.error('usage: start-playground.js [BOT_ENDPOINT] [PORT] [PLAYGROUND_OPTION...]');
  process.exit(2);
}
try { require.resolve('@microsoft/m365agentsplayground/cli.js'); } catch (_) {
  console.error(`the Agents Playground is not installed; run: bash ${path.relative(process.cwd(), __dirname) || '.'}/setup.sh`);
  process.exit(2);
}
const dir = path.resolve(process.env.PG_DIR || path.join(os.tmpdir(), `playground-${port}`));
fs.mkdirSync(dir, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const portTaken = () => new Promise((resolve) => {
  const s = net.connect(Number(port), '127.0.0.1', () => { s.destroy(); resolve(true); });
  s.on('error', () => resolve(false));
});
const answers = () => fetch(`http://127.0.0.1:${port}/_debug/ping`).then((r) => r.ok, () => false);

(async () => {
  if (await portTaken()) { console.error(`port ${port} is already in use`); process.exit(1); }
  const out = fs.openSync(path.join(dir, 'playground.out'), 'w');
  const child = spawn(process.execPath, [__filename, '--serve',
    '-e', endpoint, '-p', port, '-c', process.env.PG_CHANNEL || 'msteams',
    '--service-url', `http://127.0.0.1:${port}/_connector`, '--disable-telemetry', '--enable-events-recording', ...extra], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log'),
      M365_AGENTS_PLAYGROUND_RECORDING_FILE: path.join(dir, 'events.json'),
    },
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  child.unref();
  fs.writeFileSync(path.join(dir, 'playground.pid'), `${child.pid}\n`);
  for (let i = 0; i < 240 && !exited; i++) { // up to 2 minutes: a busy machine starts it slowly
    if (await answers()) { console.log(child.pid); process.exit(0); }
    await sleep(500);
  }
  if (!exited) process.kill(child.pid);
  console.error(`the playground did not come up; its output (${path.join(dir, 'playground.out')}):`);
  console.error(fs.readFileSync(path.join(dir, 'playground.out'), 'utf8'));
  process.exit(1);
})();
