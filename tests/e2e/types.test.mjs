// Checks the TypeScript declarations wasm-pack wrote into pkg/: a strict
// compile of tests/types/usage.ts against them, and no `any` in the public
// API (the raw wasm exports in InitOutput are wasm-bindgen's own and exempt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;

test('pkg/parallax.d.ts compiles strictly against a typed use of the API', () => {
  execFileSync(`${root}node_modules/.bin/tsc`, ['--strict', '--noEmit', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', `${root}tests/types/usage.ts`], { stdio: 'pipe' });
});

test('the public declarations contain no any', () => {
  const dts = readFileSync(`${root}pkg/parallax.d.ts`, 'utf8');
  const publicPart = dts.slice(0, dts.indexOf('export type InitInput'));
  const code = publicPart.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  for (const name of ['parse', 'compare', 'sentenceSimilarity', 'version']) {
    assert.match(code, new RegExp(`export function ${name}\\(`), name);
  }
  assert.match(code, /export class Workspace \{/);
  assert.doesNotMatch(code, /export function highlight\(/);
  assert.doesNotMatch(code, /export function on_load/);
});

test('the HTML reader\'s declarations contain no any', () => {
  const dts = readFileSync(`${root}pkg/html/parallax_html.d.ts`, 'utf8');
  const publicPart = dts.slice(0, dts.indexOf('export type InitInput'));
  const code = publicPart.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  for (const name of ['parse', 'htmlMetadata']) assert.match(code, new RegExp(`export function ${name}\\(`), name);
});
