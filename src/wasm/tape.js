// Decodes a result written by src/wasm/tape.rs (see its doc comment for the
// layout) into plain objects, arrays, strings, numbers, booleans and nulls.
// `words` and `floats` are views of wasm memory, valid only during this
// call; every value is copied out of them before it returns. Strings are
// slices of `strings`, the one string table decoded from wasm.
//
// wasm-bindgen copies this file into pkg/snippets/; it must stay plain
// JavaScript with no eval, so it runs under a strict Content-Security-Policy.

const INTEGER = 0x80000000;

// The ops, as tape.rs names them (a test there holds the two lists equal).
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const FLOAT = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;
const MAP = 7;

// Builders for the shapes an article holds by the thousand, keyed by their
// keys in order. An object literal gets its final layout at once, where
// adding keys one by one to {} goes through a slow generic store for each;
// this made decoding an article 15–40% faster. A shape not listed here
// (or one whose keys change) is still decoded, by the generic loop below;
// a test in tape.rs checks that each entry matches the model.
const BUILDERS = {
  'start,end': (v) => ({ start: v(), end: v() }),
  'text,span': (v) => ({ text: v(), span: v() }),
  'span,role,reason': (v) => ({ span: v(), role: v(), reason: v() }),
  'index,paragraph,text,span': (v) => ({ index: v(), paragraph: v(), text: v(), span: v() }),
  'span,firstSentence,sentenceCount': (v) => ({ span: v(), firstSentence: v(), sentenceCount: v() }),
  'kind,name,titles,mentions': (v) => ({ kind: v(), name: v(), titles: v(), mentions: v() }),
};

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
    shapes.push({ keys, build: BUILDERS[keys.join()] });
  }

  at = 1;
  function value() {
    const w = words[at++];
    if (w >= INTEGER) return w - INTEGER;
    switch (w) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case FLOAT:
        return floats[words[at++]];
      case STRING: {
        const start = words[at];
        const end = words[at + 1];
        at += 2;
        return strings.slice(start, end);
      }
      case ARRAY: {
        const n = words[at++];
        const items = [];
        for (let i = 0; i < n; i++) items.push(value());
        return items;
      }
      case OBJECT: {
        const { keys, build } = shapes[words[at++]];
        if (build !== undefined) return build(value);
        const object = {};
        for (let k = 0; k < keys.length; k++) object[keys[k]] = value();
        return object;
      }
      case MAP: {
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
