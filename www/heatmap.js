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

/**
 * The heatmap picture. `order`: article indices in drawing order (by story);
 * `blocks`: the stories as runs of `order`, { from, to, thread }, each
 * outlined on the diagonal (a thread's events inside its own outline);
 * `label(i)`: an article's name. Returns a <figure>.
 */
export function renderHeatmapPicture(similarity, order, blocks, label) {
  const n = order.length;
  const cell = Math.max(1, Math.floor(MAX_SIZE / n));
  const size = n * cell;
  const canvas = el('canvas', { class: 'heat-canvas', width: size, height: size, tabIndex: 0, role: 'img', 'data-articles': order.join(' '),
    'aria-label': `Similarity of ${n} articles, ordered by story; darker is more alike. Use the arrow keys to read one pair at a time.` });
  const tip = el('div', { class: 'heat-tip', hidden: true, 'aria-hidden': 'true' });
  const readout = el('p', { class: 'heat-readout note', 'aria-live': 'polite', text: 'Point at the picture, or focus it and use the arrow keys, to read a pair and its score.' });
  const pairs = topPairs(similarity, order);
  const list = el('details', { class: 'heat-pairs' },
    el('summary', { text: `The ${pairs.length} most alike pairs, as text` }),
    el('ol', {}, pairs.map((p) => el('li', { text: `${label(p.i)} and ${label(p.j)}: ${p.v.toFixed(2)}` }))));
  let image = null;
  let cursor = null; // [x, y] positions in order, from the keyboard

  const paint = () => {
    const ctx = canvas.getContext('2d');
    const colours = palette(canvas);
    const data = ctx.createImageData(size, size);
    const px = data.data;
    for (let y = 0; y < n; y++) {
      const row = similarity[order[y]] ?? [];
      for (let x = 0; x < n; x++) {
        const v = Math.max(0, Math.min(1, row[order[x]] ?? 0));
        const r = colours.low[0] + (colours.high[0] - colours.low[0]) * v;
        const g = colours.low[1] + (colours.high[1] - colours.low[1]) * v;
        const b = colours.low[2] + (colours.high[2] - colours.low[2]) * v;
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
    ctx.putImageData(data, 0, 0);
    // Each story outlined where its articles meet each other, on the diagonal.
    ctx.strokeStyle = `rgb(${colours.line.join(',')})`;
    // Thin enough that a story of three articles among a thousand still shows its cells.
    const width = Math.max(1, Math.round(cell / 4));
    for (const { from, to, thread } of blocks) {
      ctx.globalAlpha = thread ? 0.8 : 0.5;
      ctx.lineWidth = thread ? width + 1 : width;
      ctx.strokeRect(from * cell + ctx.lineWidth / 2, from * cell + ctx.lineWidth / 2, (to - from) * cell - ctx.lineWidth, (to - from) * cell - ctx.lineWidth);
    }
    ctx.globalAlpha = 1;
    image = ctx.getImageData(0, 0, size, size);
    colours.cursorCss = `rgb(${colours.cursor.join(',')})`;
    canvas.dataset.cursorColour = colours.cursorCss;
    drawCursor();
  };

  const drawCursor = () => {
    if (!image) return;
    const ctx = canvas.getContext('2d');
    ctx.putImageData(image, 0, 0);
    if (!cursor) return;
    const [x, y] = cursor;
    const mark = Math.max(cell, Math.ceil(size / 120));
    ctx.strokeStyle = canvas.dataset.cursorColour;
    ctx.lineWidth = Math.max(2, Math.round(size / 300));
    ctx.strokeRect(x * cell + cell / 2 - mark / 2, y * cell + cell / 2 - mark / 2, mark, mark);
  };

  const describe = (x, y) => {
    const i = order[y];
    const j = order[x];
    const v = similarity[i]?.[j] ?? 0;
    return `${label(i)} and ${label(j)}: ${v.toFixed(2)}${i === j ? ' (the same article)' : ''}`;
  };

  canvas.addEventListener('mousemove', (ev) => {
    const box = canvas.getBoundingClientRect();
    const x = Math.floor(((ev.clientX - box.left) / box.width) * n);
    const y = Math.floor(((ev.clientY - box.top) / box.height) * n);
    if (x < 0 || y < 0 || x >= n || y >= n) return;
    const text = describe(x, y);
    tip.textContent = text;
    tip.hidden = false;
    tip.style.setProperty('--x', `${ev.clientX - box.left}px`);
    tip.style.setProperty('--y', `${ev.clientY - box.top}px`);
    readout.textContent = text;
  });
  canvas.addEventListener('mouseleave', () => (tip.hidden = true));
  canvas.addEventListener('focus', () => {
    cursor ??= [Math.min(1, n - 1), 0];
    drawCursor();
    readout.textContent = describe(...cursor);
  });
  canvas.addEventListener('blur', () => {
    cursor = null;
    drawCursor();
  });
  canvas.addEventListener('keydown', (ev) => {
    if (!cursor) return;
    const page = Math.max(1, Math.round(n / 10));
    const moves = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1], PageDown: [0, page], PageUp: [0, -page] };
    let [x, y] = cursor;
    if (moves[ev.key]) {
      x += moves[ev.key][0];
      y += moves[ev.key][1];
    } else if (ev.key === 'Home') x = 0;
    else if (ev.key === 'End') x = n - 1;
    else return;
    ev.preventDefault();
    cursor = [Math.max(0, Math.min(n - 1, x)), Math.max(0, Math.min(n - 1, y))];
    drawCursor();
    readout.textContent = describe(...cursor);
  });
  painters.set(canvas, paint);
  // Drawn once it is in the document, where the stylesheet's colours apply.
  requestAnimationFrame(() => canvas.isConnected && paint());
  return el('figure', { class: 'heat-picture' },
    el('figcaption', { text: 'How alike the articles are: shared vocabulary, from 0 (nothing in common, light) to 1 (the same text, dark). Articles are ordered by story, each story outlined on the diagonal (threads with a heavier line).' }),
    el('div', { class: 'heat-frame' }, canvas, tip),
    readout,
    list);
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
