//! `Workspace`: a handle that keeps the parsed articles and their comparison
//! in wasm (wasm32 only).
//!
//! Why: highlighting an article needs the article and the comparison. Handed
//! over from JavaScript each time, both crossed into wasm once per article
//! (the page sliced the comparison per article to keep that bearable) and
//! the core had to carry a deserializer for every model type. Kept here,
//! they never leave wasm except as the results JavaScript asks for, and an
//! article's highlight goes out once, as typed arrays ([`super::packed`]).

use super::convert::{core_error, from_js, from_js_required, to_js};
use super::packed::{pack, CELLS, LAYER_NAMES};
use crate::model::{Article, CompareOptions, Comparison, HighlightOptions, ParseOptions, Segment};
use js_sys::{Array, Int32Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const WORKSPACE: &str = r#"
/**
 * An article's highlight as typed arrays: `cells` holds `stride` numbers per
 * segment (start, end in UTF-16 units of the article's text; the layer mask,
 * whose bit b is `layers[b]`; the body sentence or -1; the end of the
 * segment's references in `refs`, a running count of pairs), `refs` an
 * (article, sentence) pair per reference. The buffers are the caller's own
 * and can be transferred to another thread.
 */
export interface PackedSegments {
  count: number;
  stride: number;
  layers: Layer[];
  cells: Int32Array;
  refs: Int32Array;
}

/**
 * Parsed articles and their comparison, kept inside the core: parse (or add)
 * the articles, compare once, then ask for each article's highlight. Call
 * free() when done with it.
 */
export class Workspace {
  constructor();
  /** Releases the articles and the comparison held in wasm. */
  free(): void;
  /** How many articles the workspace holds. */
  readonly length: number;
  /**
   * Parses one article from its text or a file's bytes and keeps it, at
   * index `length - 1`; returns the article.
   * @throws {Error} when the input is empty, too large, holds no article, or
   * is an HTML page and this build has no HTML reader.
   */
  parse(input: string | Uint8Array, options?: ParseOptions | null): Article;
  /** Keeps an article parsed elsewhere (the HTML reader); returns its index. */
  add(article: Article): number;
  /**
   * Compares the articles held, keeps the comparison for highlight(), and
   * returns it; findings refer to articles by their index here.
   */
  compare(options?: CompareOptions | null): Comparison;
  /**
   * Article `index` cut into segments, with the last comparison's findings
   * (if any) as layers, packed.
   * @throws {Error} when there is no article `index`.
   */
  highlight(index: number, options?: HighlightOptions | null): PackedSegments;
  /**
   * The same segments as HTML `<span>`s with `data-` attributes and
   * classes; every character of article text in it is escaped.
   * @throws {Error} when there is no article `index`.
   */
  html(index: number, options?: HighlightOptions | null): string;
}
"#;

/// Parsed articles and their latest comparison (see the module docs).
#[wasm_bindgen(skip_typescript)]
#[derive(Default)]
pub struct Workspace {
    articles: Vec<Article>,
    comparison: Option<Comparison>,
}

#[wasm_bindgen]
impl Workspace {
    #[wasm_bindgen(constructor, skip_typescript)]
    pub fn new() -> Workspace {
        Workspace::default()
    }

    #[wasm_bindgen(getter, skip_typescript)]
    pub fn length(&self) -> usize {
        self.articles.len()
    }

    /// Parses text or bytes (the one parse entry point of the core for both)
    /// and keeps the article.
    #[wasm_bindgen(skip_typescript)]
    pub fn parse(&mut self, input: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
        let options: ParseOptions = from_js(options, "The parse options")?;
        let article = super::exports::parse_input(&input, &options)?;
        let out = to_js(&article)?;
        self.keep(article);
        Ok(out)
    }

    /// Keeps an article parsed by the HTML reader.
    #[wasm_bindgen(skip_typescript)]
    pub fn add(&mut self, article: JsValue) -> Result<usize, JsError> {
        let article: Article = from_js_required(article, "The article")?;
        self.keep(article);
        Ok(self.articles.len() - 1)
    }

    /// Compares the articles held and keeps the comparison.
    #[wasm_bindgen(skip_typescript)]
    pub fn compare(&mut self, options: Option<JsValue>) -> Result<JsValue, JsError> {
        let options: CompareOptions = from_js(options, "The compare options")?;
        let comparison = super::convert::compare_articles(&self.articles, &options)?;
        let out = to_js(&comparison)?;
        self.comparison = Some(comparison);
        Ok(out)
    }

    /// Article `index`'s segments, packed (see [`super::packed`]).
    #[wasm_bindgen(skip_typescript)]
    pub fn highlight(&self, index: usize, options: Option<JsValue>) -> Result<JsValue, JsError> {
        let segments = self.segments(index, options)?;
        let packed = pack(&segments);
        let out = Object::new();
        let set = |key: &str, value: &JsValue| {
            Reflect::set(&out, &JsValue::from_str(key), value).map(|_| ())
        };
        let layers: Array = LAYER_NAMES.iter().map(|&name| JsValue::from_str(name)).collect();
        set("count", &JsValue::from(segments.len() as u32))
            .and_then(|_| set("stride", &JsValue::from(CELLS as u32)))
            .and_then(|_| set("layers", &layers))
            .and_then(|_| set("cells", &Int32Array::from(&packed.cells[..])))
            .and_then(|_| set("refs", &Int32Array::from(&packed.refs[..])))
            .map_err(|_| JsError::new("Parallax could not hand over the highlight."))?;
        Ok(out.into())
    }

    /// Article `index`'s segments as escaped HTML.
    #[wasm_bindgen(skip_typescript)]
    pub fn html(&self, index: usize, options: Option<JsValue>) -> Result<String, JsError> {
        Ok(crate::highlight::render_html(&self.segments(index, options)?))
    }
}

impl Workspace {
    /// Article `index`'s segments with the comparison's findings, if any.
    fn segments(&self, index: usize, options: Option<JsValue>) -> Result<Vec<Segment>, JsError> {
        let article = self.articles.get(index).ok_or_else(|| {
            JsError::new(&format!(
                "There is no article {} to highlight: the workspace holds {}.",
                index + 1,
                self.articles.len()
            ))
        })?;
        let mut options: HighlightOptions = from_js(options, "The highlight options")?;
        options.article_index = self.comparison.as_ref().map(|_| index);
        crate::highlight::segments(article, self.comparison.as_ref(), &options).map_err(core_error)
    }

    /// A new article invalidates the comparison, which no longer covers it.
    fn keep(&mut self, article: Article) {
        self.articles.push(article);
        self.comparison = None;
    }
}
