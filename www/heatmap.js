// The similarity view: for a few articles the table render.js draws, for
// many the matrix as a picture: one pixel block per
// pair on a <canvas>, articles ordered by story with a line between stories,
// the pair and its score shown on hover and, from the keyboard, with the
// arrow keys (the canvas takes focus). An HTML table of 100 articles is
// 10,000 cells and 105 columns wide; the picture is one element. The text
// alternative is a live readout of the pair under the cursor and a list of
// the most alike pairs.
//
// Strict CSP: no inline styles. The canvas is drawn with the 2D API, its
// display size comes from the stylesheet, and the tooltip is placed through
// the CSSOM (custom properties), which the policy allows.
import { el, renderHeatmap } from './render.js';

/** With more articles than this, the matrix is drawn as a picture instead of a table. */
export const TABLE_UP_TO = 8;

/** Largest drawing size in CSS pixels; a cell is at least one device pixel. */
const MAX_SIZE = 720;
/** Pairs listed in the text alternative. */
const TOP_PAIRS = 20;

/** canvas → its paint function, so a change of colour scheme can repaint it. */
const painters = new WeakMap();

/** A CSS colour (any syntax the browser knows) as [r, g, b], read through a 1×1 canvas. */
function rgb(css) {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The scheme's colours for the picture, from the custom properties the stylesheet sets. */
function palette(node) {
  const style = getComputedStyle(node);
  const read = (name, fallback) => rgb(style.getPropertyValue(name).trim() || fallback);
  return { low: read('--card', '#fff'), high: read('--heat', '#1a56a0'), line: read('--fg', '#000'), cursor: read('--flash', '#ff9f1a') };
}

/** The `count` most alike pairs (i < j) among `order`: [{ i, j, v }], highest first. */
export function topPairs(similarity, order, count = TOP_PAIRS) {
  const best = [];
  for (let x = 0; x < order.length; x++) {
    const row = similarity[order[x]] ?? [];
    for (let y = x + 1; y < order.length; y++) {
      const v = row[order[y]] ?? 0;
      if (best.length === count && v <= best[best.length - 1].v) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].v < v) at--;
      best.splice(at, 0, { i: order[x], j: order[y], v });
      if (best.length > count) best.pop();
    }
  }
  return best;
}

/** Writes the matrix into `px` (RGBA), `cell` pixels a pair, shaded from `low` to `high` colour by score. */
function drawCells(px, similarity, order, cell, { low, high }) {
  const n = order.length;
  const size = n * cell;
  for (let y = 0; y < n; y++) {
    const row = similarity[order[y]] ?? [];
    for (let x = 0; x < n; x++) {
      const v = Math.max(0, Math.min(1, row[order[x]] ?? 0));
      const r = low[0] + (high[0] - low[0]) * v;
      const g = low[1] + (high[1] - low[1]) * v;
      const b = low[2] + (high[2] - low[2]) * v;
      for (let dy = 0; dy < cell; dy++) {
        let at = ((y * cell + dy) * size + x * cell) * 4;
        for (let dx = 0; dx < cell; dx++, at += 4) {
          px[at] = r;
          px[at + 1] = g;
          px[at + 2] = b;
          px[at + 3] = 255;
        }
      }
    }
  }
}

/** Outlines each story where its articles meet each other, on the diagonal; threads heavier. */
function drawOutlines(ctx, blocks, cell, line) {
  ctx.strokeStyle = `rgb(${line.join(',')})`;
  // Thin enough that a story of three articles among a thousand still shows its cells.
  const width = Math.max(1, Math.round(cell / 4));
  for (const { from, to, thread } of blocks) {
    ctx.globalAlpha = thread ? 0.8 : 0.5;
    ctx.lineWidth = thread ? width + 1 : width;
    const inset = ctx.lineWidth / 2;
    ctx.strokeRect(from * cell + inset, from * cell + inset, (to - from) * cell - ctx.lineWidth, (to - from) * cell - ctx.lineWidth);
  }
  ctx.globalAlpha = 1;
}

/**
 * One picture: the canvas, its tooltip and readout, and a cursor the
 * keyboard moves over the pairs. Painted once in the document (where the
 * stylesheet's colours apply) and again when the scheme changes.
 */
class Picture {
  constructor(similarity, order, blocks, label) {
    Object.assign(this, { similarity, order, blocks, label });
    this.n = order.length;
    this.cell = Math.max(1, Math.floor(MAX_SIZE / this.n));
    this.size = this.n * this.cell;
    this.image = null;
    this.cursor = null; // [x, y] positions in `order`, while the canvas has focus
    this.canvas = el('canvas', { class: 'heat-canvas', width: this.size, height: this.size, tabIndex: 0, role: 'img', 'data-articles': order.join(' '),
      'aria-label': `Similarity of ${this.n} articles, ordered by story; darker is more alike. Use the arrow keys to read one pair at a time.` });
    this.tip = el('div', { class: 'heat-tip', hidden: true, 'aria-hidden': 'true' });
    this.readout = el('p', { class: 'heat-readout note', 'aria-live': 'polite', text: 'Point at the picture, or focus it and use the arrow keys, to read a pair and its score.' });
    this.canvas.addEventListener('mousemove', (ev) => this.point(ev));
    this.canvas.addEventListener('mouseleave', () => (this.tip.hidden = true));
    this.canvas.addEventListener('focus', () => this.moveTo(this.cursor ?? [Math.min(1, this.n - 1), 0]));
    this.canvas.addEventListener('blur', () => {
      this.cursor = null;
      this.drawCursor();
    });
    this.canvas.addEventListener('keydown', (ev) => this.key(ev));
    painters.set(this.canvas, () => this.paint());
    requestAnimationFrame(() => this.canvas.isConnected && this.paint());
  }

  paint() {
    const ctx = this.canvas.getContext('2d');
    const colours = palette(this.canvas);
    const data = ctx.createImageData(this.size, this.size);
    drawCells(data.data, this.similarity, this.order, this.cell, colours);
    ctx.putImageData(data, 0, 0);
    drawOutlines(ctx, this.blocks, this.cell, colours.line);
    this.image = ctx.getImageData(0, 0, this.size, this.size);
    this.cursorColour = `rgb(${colours.cursor.join(',')})`;
    this.drawCursor();
  }

  drawCursor() {
    if (!this.image) return;
    const ctx = this.canvas.getContext('2d');
    ctx.putImageData(this.image, 0, 0);
    if (!this.cursor) return;
    const [x, y] = this.cursor;
    const { cell, size } = this;
    const mark = Math.max(cell, Math.ceil(size / 120));
    ctx.strokeStyle = this.cursorColour;
    ctx.lineWidth = Math.max(2, Math.round(size / 300));
    ctx.strokeRect(x * cell + cell / 2 - mark / 2, y * cell + cell / 2 - mark / 2, mark, mark);
  }

  describe([x, y]) {
    const i = this.order[y];
    const j = this.order[x];
    const v = this.similarity[i]?.[j] ?? 0;
    return `${this.label(i)} and ${this.label(j)}: ${v.toFixed(2)}${i === j ? ' (the same article)' : ''}`;
  }

  /** The pair under the mouse, in the tooltip and the readout. */
  point(ev) {
    const box = this.canvas.getBoundingClientRect();
    const x = Math.floor(((ev.clientX - box.left) / box.width) * this.n);
    const y = Math.floor(((ev.clientY - box.top) / box.height) * this.n);
    if (x < 0 || y < 0 || x >= this.n || y >= this.n) return;
    const text = this.describe([x, y]);
    this.tip.textContent = text;
    this.tip.hidden = false;
    this.tip.style.setProperty('--x', `${ev.clientX - box.left}px`);
    this.tip.style.setProperty('--y', `${ev.clientY - box.top}px`);
    this.readout.textContent = text;
  }

  moveTo([x, y]) {
    const clamp = (v) => Math.max(0, Math.min(this.n - 1, v));
    this.cursor = [clamp(x), clamp(y)];
    this.drawCursor();
    this.readout.textContent = this.describe(this.cursor);
  }

  /** Arrow keys move by one pair, Page Up/Down by a tenth, Home/End to the row's ends. */
  key(ev) {
    if (!this.cursor) return;
    const page = Math.max(1, Math.round(this.n / 10));
    const moves = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1], PageDown: [0, page], PageUp: [0, -page] };
    const [x, y] = this.cursor;
    if (moves[ev.key]) this.moveTo([x + moves[ev.key][0], y + moves[ev.key][1]]);
    else if (ev.key === 'Home') this.moveTo([0, y]);
    else if (ev.key === 'End') this.moveTo([this.n - 1, y]);
    else return;
    ev.preventDefault();
  }
}

/**
 * The heatmap picture. `order`: article indices in drawing order (by story);
 * `blocks`: the stories as runs of `order`, { from, to, thread }, each
 * outlined on the diagonal (a thread's events inside its own outline);
 * `label(i)`: an article's name. Returns a <figure>.
 */
export function renderHeatmapPicture(similarity, order, blocks, label) {
  const picture = new Picture(similarity, order, blocks, label);
  const pairs = topPairs(similarity, order);
  return el('figure', { class: 'heat-picture' },
    el('figcaption', { text: 'How alike the articles are: shared vocabulary, from 0 (nothing in common, light) to 1 (the same text, dark). Articles are ordered by story, each story outlined on the diagonal (threads with a heavier line).' }),
    el('div', { class: 'heat-frame' }, picture.canvas, picture.tip),
    picture.readout,
    el('details', { class: 'heat-pairs' },
      el('summary', { text: `The ${pairs.length} most alike pairs, as text` }),
      el('ol', {}, pairs.map((p) => el('li', { text: `${label(p.i)} and ${label(p.j)}: ${p.v.toFixed(2)}` })))));
}

/**
 * The similarity of the articles `order` (indices, in display order;
 * `blocks` the stories' runs in it): a table for up to TABLE_UP_TO, else
 * the picture.
 */
export function renderSimilarity(parsed, comparison, order, blocks, label) {
  if (order.length <= TABLE_UP_TO) return renderHeatmap(parsed, comparison, order);
  return renderHeatmapPicture(comparison.similarity, order, blocks, label);
}

/** Repaints every heatmap picture under `root` (after the colour scheme changed). */
export function repaintHeatmaps(root) {
  for (const canvas of root.querySelectorAll('canvas.heat-canvas')) painters.get(canvas)?.();
}
