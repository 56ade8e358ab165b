//! An article's highlight as typed arrays, written once here for the page.
//!
//! Why: a 4 MB article has a few hundred thousand segments. As objects the
//! page spent seconds of main thread only receiving them from its worker,
//! and the worker first built every object and then packed it again in
//! JavaScript. Packed, the segments are two `Int32Array`s that a worker
//! hands over without copying (`www/columns.js` reads them).
//!
//! Layout: `cells` holds [`CELLS`] numbers per segment: start, end (UTF-16
//! offsets into the article's text), the layer mask (bit `b` is layer
//! [`LAYER_NAMES`]`[b]`), the body sentence (-1 for none) and the end of its
//! references in `refs` as a running count; `refs` holds an (article,
//! sentence) pair per reference.

use crate::model::{Layer, Segment};

/// Numbers per segment in `cells` (see the module docs). `www/columns.js`
/// declares the same; a test holds the two equal.
pub const CELLS: usize = 5;

/// Each layer's name as the page knows it (serde's camelCase of [`Layer`]),
/// at the bit [`layer_bit`] gives it.
pub const LAYER_NAMES: [&str; 13] = [
    "shared",
    "exclusive",
    "quote",
    "discrepancy",
    "agreement",
    "person",
    "organization",
    "place",
    "number",
    "date",
    "removed",
    "metadata",
    "hidden",
];

/// The bit of a layer in a segment's mask: its place in [`Layer`], which
/// [`LAYER_NAMES`] follows.
pub fn layer_bit(layer: Layer) -> u32 {
    layer as u32
}

/// Segments packed: see the module docs.
#[derive(Debug, Default, PartialEq)]
pub struct Packed {
    pub cells: Vec<i32>,
    pub refs: Vec<i32>,
}

/// Packs `segments` (see the module docs).
pub fn pack(segments: &[Segment]) -> Packed {
    let mut cells = Vec::with_capacity(segments.len() * CELLS);
    let mut refs = Vec::new();
    for seg in segments {
        let mask = seg.layers.iter().fold(0u32, |mask, &layer| mask | 1 << layer_bit(layer));
        for r in &seg.refs {
            refs.extend_from_slice(&[r.article as i32, r.sentence as i32]);
        }
        cells.extend_from_slice(&[
            seg.span.start as i32,
            seg.span.end as i32,
            mask as i32,
            seg.sentence.map_or(-1, |s| s as i32),
            (refs.len() / 2) as i32,
        ]);
    }
    Packed { cells, refs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SegmentRef, Span};

    #[test]
    fn layer_names_are_serdes_names_at_each_bit() {
        for (k, layer) in Layer::ALL.into_iter().enumerate() {
            assert_eq!(layer_bit(layer) as usize, k, "Layer::ALL is in declaration order");
            let name = serde_json::to_value(layer).unwrap();
            assert_eq!(name, LAYER_NAMES[layer_bit(layer) as usize], "{layer:?}");
        }
    }

    #[test]
    fn cells_hold_span_mask_sentence_and_running_ref_count() {
        let seg = |start, end, layers: Vec<Layer>, sentence, refs: Vec<(usize, usize)>| Segment {
            text: String::new(),
            span: Span { start, end },
            layers,
            sentence,
            refs: refs
                .into_iter()
                .map(|(article, sentence)| SegmentRef { article, sentence })
                .collect(),
        };
        let packed = pack(&[
            seg(0, 4, vec![], None, vec![]),
            seg(4, 9, vec![Layer::Shared, Layer::Hidden], Some(2), vec![(1, 7), (3, 0)]),
            seg(9, 12, vec![Layer::Date], Some(2), vec![(1, 8)]),
        ]);
        assert_eq!(
            packed.cells,
            vec![0, 4, 0, -1, 0, 4, 9, 1 | 1 << 12, 2, 2, 9, 12, 1 << 9, 2, 3]
        );
        assert_eq!(packed.refs, vec![1, 7, 3, 0, 1, 8]);
    }

    #[test]
    fn the_page_reads_as_many_cells_per_segment() {
        let columns = include_str!("../../www/columns.js");
        assert!(
            columns.contains(&format!("export const CELLS = {CELLS};")),
            "www/columns.js must declare `export const CELLS = {CELLS};`"
        );
    }
}
