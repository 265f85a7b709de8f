//! `outreach` turns Fluent (`.ftl`) translation files into validated, printable, multilingual
//! outreach material. The pipeline, one module per stage:
//!
//! ```text
//! outreach.toml ─► config ─► catalog ─► checks ─► diagnostics (human | json | github)
//!                               │
//!                               └──────► render (bundles + templates) ─► output ─► output/
//!                                                        (fonts cut down) ─┤
//!                                             (--pdf, --previews) print ───┘ (headless Chromium)
//! ```

pub mod catalog;
pub mod checks;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diagnostics;
pub mod fluent;
pub mod fonts;
pub mod output;
pub mod print;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod status;
pub mod tag;
pub mod text;
