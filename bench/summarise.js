'use strict';
// The table at the end of bench/compare.sh: per target, the median of each figure over its rounds (and the range
// of turns per second), and the ratios the targets of issue 23 are stated in.
// Usage: node bench/summarise.js RECORD.json...

const fs = require('node:fs');

const byTarget = new Map();
for (const file of process.argv.slice(2)) {
    const figures = JSON.parse(fs.readFileSync(file, 'utf8')).figures;
    const runs = byTarget.get(figures.target) || [];
    runs.push(figures);
    byTarget.set(figures.target, runs);
}

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const of = (runs, pick) => median(runs.map(pick));

console.log('| target | runs | turns/s (range) | message p50 / p95 / p99 ms | peak RSS MiB | errors |');
console.log('|---|---:|---|---|---:|---:|');
const throughput = new Map();
for (const [target, runs] of byTarget) {
    const tps = runs.map((r) => r.turnsPerSecond);
    throughput.set(target, median(tps));
    console.log(`| ${target} | ${runs.length} | ${median(tps).toFixed(0)} (${Math.min(...tps).toFixed(0)}–${Math.max(...tps).toFixed(0)}) | ` +
        `${of(runs, (r) => r.message.p50).toFixed(1)} / ${of(runs, (r) => r.message.p95).toFixed(1)} / ${of(runs, (r) => r.message.p99).toFixed(1)} | ` +
        `${of(runs, (r) => Math.max(...r.peakRssMib)).toFixed(0)} | ${runs.reduce((sum, r) => sum + r.errors, 0)} |`);
}
const rufa = throughput.get('rufabot');
if (rufa && throughput.get('peer')) console.log(`RufaBot / peer turns per second: ${(rufa / throughput.get('peer')).toFixed(2)}x (target >= 4x)`);
if (rufa && throughput.get('echo')) console.log(`RufaBot / raw echo turns per second: ${(100 * rufa / throughput.get('echo')).toFixed(0)} % (target >= 35 %)`);
