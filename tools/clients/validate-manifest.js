#!/usr/bin/env node
// Validates a Microsoft Teams app package offline with the JSON schemas that ship in the npm package
// @microsoft/app-manifest (the Agents Toolkit's manifest library), using the same validator and options as its
// AppManifestUtils.validateAgainstSchema: Ajv (draft-04, or 2020-12 when the schema says so) with uri/email/regex
// formats and allErrors. That function itself is not called because its module needs fs-extra, which the package
// does not declare.
//
// Usage: node validate-manifest.js PACKAGE [--json]
//   PACKAGE: an app package .zip, a folder holding manifest.json and the icons, or a lone manifest.json
// Checks: JSON syntax; the schema of the manifest's manifestVersion (and $schema naming the same version);
// for a zip or folder, manifest.json and the icons at the package root, color icon 192x192 and outline 32x32 PNG,
// and each localizationInfo translation at the root and valid against the official localization schema.
// Exit: 0 valid (prints "... VALID"), 1 invalid, 2 usage or I/O error.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const target = args.find((a) => !a.startsWith('--'));
if (!target || args.some((a) => a.startsWith('--') && a !== '--json')) {
  console.error('usage: validate-manifest.js PACKAGE.zip|FOLDER|manifest.json [--json]');
  process.exit(2);
}

function load(name, how = require) {
  try { return how(name); } catch (e) {
    console.error(`cannot load ${name} (${e.code || e.message}); run: bash ${path.relative(process.cwd(), __dirname) || '.'}/setup.sh`);
    process.exit(2);
  }
}
const Ajv4 = load('ajv-draft-04');
const Ajv2020 = load('ajv/dist/2020');
const addFormats = load('ajv-formats');
const schemaRoot = path.join(path.dirname(load('@microsoft/app-manifest/package.json', require.resolve)), 'build', 'json-schemas', 'teams');

// A zip's files by name, read with zlib (stored and deflated entries only, which is all an app package uses).
function readZip(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const files = new Map();
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (name.endsWith('/')) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    if (method === 0) files.set(name, raw);
    else if (method === 8) files.set(name, zlib.inflateRawSync(raw));
    else throw new Error(`${name}: unsupported zip compression method ${method}`);
  }
  return files;
}

// The package as { kind, files: Map(name -> Buffer) | null, manifestText }.
function open(p) {
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    const files = new Map();
    for (const name of fs.readdirSync(p)) {
      const full = path.join(p, name);
      if (fs.statSync(full).isFile()) files.set(name, fs.readFileSync(full));
    }
    return { kind: 'folder', files };
  }
  if (/\.zip$/i.test(p)) return { kind: 'zip', files: readZip(p) };
  return { kind: 'manifest', files: null, manifestText: fs.readFileSync(p, 'utf8') };
}

function pngSize(b) {
  const png = b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('ascii', 12, 16) === 'IHDR';
  return png ? [b.readUInt32BE(16), b.readUInt32BE(20)] : null;
}

let pkg;
try { pkg = open(target); } catch (e) { console.error(`ERROR ${target}: ${e.message}`); process.exit(2); }

const errors = [];
const warnings = [];
let manifest = null;
let schemaName = null;

(function check() {
  let text = pkg.manifestText;
  if (pkg.files) {
    const buf = pkg.files.get('manifest.json');
    if (!buf) {
      const nested = [...pkg.files.keys()].find((n) => path.basename(n) === 'manifest.json');
      errors.push(nested ? `manifest.json is at ${nested}, not at the package root (zip the folder's contents, not the folder)`
        : 'no manifest.json in the package');
      if (!nested) return;
      text = pkg.files.get(nested).toString('utf8');
    } else text = buf.toString('utf8');
    for (const name of pkg.files.keys()) {
      if (name.includes('/')) warnings.push(`${name} is in a sub-folder; Teams reads only the files at the package root`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) { text = text.slice(1); warnings.push('manifest.json starts with a byte order mark'); }
  try { manifest = JSON.parse(text); } catch (e) { errors.push(`manifest.json is not JSON: ${e.message}`); return; }

  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !version) { errors.push('manifestVersion is missing'); return; }
  const folder = version === 'devPreview' ? 'vDevPreview' : `v${version}`;
  const schemaFile = path.join(schemaRoot, folder, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(schemaFile)) {
    errors.push(`no schema for manifestVersion "${version}" in @microsoft/app-manifest (it has ${fs.readdirSync(schemaRoot).join(' ')})`);
    return;
  }
  schemaName = `@microsoft/app-manifest ${folder}/MicrosoftTeams.schema.json`;
  const url = manifest.$schema;
  if (!url) warnings.push('no $schema (the Agents Toolkit wants one)');
  else if (!String(url).endsWith(`/teams/${folder}/MicrosoftTeams.schema.json`)) {
    errors.push(`$schema ${url} does not name the schema of manifestVersion "${version}"`);
  }

  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const Ajv = String(schema.$schema || '').includes('2020-12') ? Ajv2020 : Ajv4;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (!validate(manifest)) {
    for (const e of validate.errors) errors.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  const placeholders = [...new Set(text.match(/\$\{\{[^}]*\}\}/g) || [])];
  if (placeholders.length) warnings.push(`unsubstituted placeholders: ${placeholders.join(' ')}`);

  if (!pkg.files) { warnings.push('a lone manifest.json: icons not checked (give the folder or the zip)'); return; }
  for (const [key, side] of [['color', 192], ['outline', 32]]) {
    const name = manifest.icons && manifest.icons[key];
    if (typeof name !== 'string') continue; // the schema has already said so
    const icon = pkg.files.get(name);
    if (!icon) { errors.push(`icons.${key}: ${name} is not at the package root`); continue; }
    const size = pngSize(icon);
    if (!size) errors.push(`icons.${key}: ${name} is not a PNG`);
    else if (size[0] !== side || size[1] !== side) errors.push(`icons.${key}: ${name} is ${size[0]}x${size[1]}, must be ${side}x${side}`);
  }
  // Each translation against the official localization schema of the same manifest version.
  const localizationFile = path.join(schemaRoot, folder, 'MicrosoftTeams.Localization.schema.json');
  // Its patterns are written for JavaScript's plain RegExp ("\\b]" is a lone bracket under the /u flag Ajv uses by default).
  const localizationAjv = new Ajv4({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(localizationAjv, ['uri', 'email', 'regex']);
  const validateLocalization = fs.existsSync(localizationFile) ? localizationAjv.compile(JSON.parse(fs.readFileSync(localizationFile, 'utf8'))) : null;
  for (const lang of (manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || []) {
    if (!lang.file) continue; // the schema has already said so
    const file = pkg.files.get(lang.file);
    if (!file) { errors.push(`localization file ${lang.file} is not at the package root`); continue; }
    let translation;
    try { translation = JSON.parse(file.toString('utf8').replace(/^\uFEFF/, '')); } catch (e) { errors.push(`${lang.file} is not JSON: ${e.message}`); continue; }
    if (!validateLocalization) { errors.push(`no localization schema for manifestVersion "${version}"`); continue; }
    const expected = `/teams/${folder}/MicrosoftTeams.Localization.schema.json`;
    if (translation.$schema && !String(translation.$schema).endsWith(expected)) errors.push(`${lang.file}: $schema does not name ${expected}`);
    if (!validateLocalization(translation)) {
      for (const e of validateLocalization.errors) errors.push(`${lang.file}: schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
})();

const valid = errors.length === 0;
if (asJson) {
  console.log(JSON.stringify({ target, kind: pkg.kind, manifestVersion: manifest && manifest.manifestVersion, schema: schemaName, valid, errors, warnings }, null, 2));
} else {
  console.log(`${target} (${pkg.kind}, manifestVersion ${manifest ? manifest.manifestVersion : '?'}, schema ${schemaName || 'none'})`);
  for (const e of errors) console.log(`  ERROR   ${e}`);
  for (const w of warnings) console.log(`  WARNING ${w}`);
  console.log(`${errors.length} error(s), ${warnings.length} warning(s): ${valid ? 'VALID' : 'INVALID'}`);
}
process.exit(valid ? 0 : 1);
