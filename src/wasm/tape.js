// Decodes a result written by src/wasm/tape.rs (see its doc comment for the
// layout) into plain objects, arrays, strings, numbers, booleans and nulls.
// `words` and `floats` are views of wasm memory, valid only during this
// call; every value is copied out of them before it returns. Strings are
// slices of `strings`, the one string table decoded from wasm.
//
// wasm-bindgen copies this file into pkg/snippets/; it must stay plain
// JavaScript with no eval, so it runs under a strict Content-Security-Policy.

const INTEGER = 0x80000000;

export function decodeTape(words, floats, strings) {
  const shapes = [];
  let at = words[0];
  const shapeCount = words[at++];
  for (let s = 0; s < shapeCount; s++) {
    const keyCount = words[at++];
    const keys = [];
    for (let k = 0; k < keyCount; k++) {
      keys.push(strings.slice(words[at + 1], words[at + 2]));
      at += 3;
    }
    shapes.push(keys);
  }

  at = 1;
  function value() {
    const w = words[at++];
    if (w >= INTEGER) return w - INTEGER;
    switch (w) {
      case 0:
        return null;
      case 1:
        return false;
      case 2:
        return true;
      case 3:
        return floats[words[at++]];
      case 4: {
        const start = words[at];
        const end = words[at + 1];
        at += 2;
        return strings.slice(start, end);
      }
      case 5: {
        const n = words[at++];
        const items = [];
        for (let i = 0; i < n; i++) items.push(value());
        return items;
      }
      case 6: {
        const keys = shapes[words[at++]];
        const object = {};
        for (let k = 0; k < keys.length; k++) object[keys[k]] = value();
        return object;
      }
      case 7: {
        const n = words[at++];
        const object = {};
        for (let i = 0; i < n; i++) {
          const key = value();
          // A key is data (a word, a name): "__proto__" must not set the prototype.
          if (key === '__proto__') Object.defineProperty(object, key, { value: value(), enumerable: true, writable: true, configurable: true });
          else object[key] = value();
        }
        return object;
      }
      default:
        throw new Error(`Parallax could not read its own result (op ${w} at word ${at - 1}).`);
    }
  }
  return value();
}
