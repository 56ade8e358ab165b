// JavaScript-side helper for tests/web.rs: slicing with JavaScript's own
// UTF-16 indexing, which is what every span must agree with.
export function js_slice(text, start, end) {
  return text.slice(start, end);
}

// The first place where two JavaScript values differ, as a path ("" when
// they are the same): kinds, prototypes, key order, null against undefined,
// and numbers by Object.is, so 0 and -0 differ.
export function first_difference(a, b, path = '') {
  if (typeof a !== typeof b) return `${path}: ${typeof a} against ${typeof b}`;
  if (a === null || b === null || typeof a !== 'object') {
    return Object.is(a, b) ? '' : `${path}: ${String(a).slice(0, 60)} against ${String(b).slice(0, 60)}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join() !== keysB.join()) return `${path}: keys ${keysA} against ${keysB}`;
  for (const key of keysA) {
    const found = first_difference(a[key], b[key], `${path}.${key}`);
    if (found) return found;
  }
  return '';
}
