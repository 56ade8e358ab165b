//! The JavaScript boundary. It converts values and errors and nothing else:
//! every decision is made in the stages it calls.
//!
//! Arguments arrive as `JsValue`s and are read by [`reader`], which asks
//! each object for the fields of its type in order.
//! Results go back as plain JS objects (not `Map`s), with `None` as `null`:
//! [`tape`] writes them into flat buffers that `tape.js` rebuilds in one
//! call, several times cheaper than building them one boundary call at a
//! time. The TypeScript types of the values are generated from the model by
//! `tsify`; the function signatures are declared by hand in `exports.rs`,
//! because wasm-bindgen cannot mark a `JsValue` parameter optional, so
//! `parallax.d.ts` has no `any` and options may be left out. Every error
//! becomes a thrown JS `Error` carrying the core's message.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

// Only the core's exports (the Workspace) pack segments; natively, tests.
#[cfg_attr(not(feature = "exports"), allow(dead_code))]
mod packed;
mod tape;

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;

#[cfg(target_arch = "wasm32")]
pub mod convert;
#[cfg(all(target_arch = "wasm32", feature = "exports"))]
mod exports;
#[cfg(target_arch = "wasm32")]
mod reader;
#[cfg(all(target_arch = "wasm32", feature = "exports"))]
mod workspace;
#[cfg(all(target_arch = "wasm32", feature = "exports"))]
pub use exports::*;
#[cfg(all(target_arch = "wasm32", feature = "exports"))]
pub use workspace::Workspace;
