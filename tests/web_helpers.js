// JavaScript-side helper for tests/web.rs: slicing with JavaScript's own
// UTF-16 indexing, which is what every span must agree with.
export function js_slice(text, start, end) {
  return text.slice(start, end);
}
