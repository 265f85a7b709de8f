//! `outreach` turns Fluent (`.ftl`) translation files into validated, printable, multilingual
//! outreach material. One module per stage; each uses only those below it:
//!
//! ```text
//! outreach.toml ─► config ─► catalog ─┬─► checks ─► diagnostics (human | json | github)
//!                                      └─► render (bundles + templates)
//!                 site::build_site: checks → render → status, for build, status and serve
//!                 output (pages swapped in whole, fonts cut down), print (--pdf, --previews)
//! ```
//!
//! From the bottom: `tag`, `text` and `fonts` (leaves), `diagnostics` (findings and the code
//! registry) and `scaffold`, `config`, `catalog`, then `fluent` (what checks and render share),
//! `project` (compare-locales configurations) and `sync`, `checks` and `render`, `status`,
//! `site`, then `output` and `print`, `serve` and `cli`, and `cmd` on top. The `layers` test
//! holds every import to this order.

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
pub mod project;
pub mod render;
pub mod review;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod status;
pub mod sync;
pub mod tag;
pub mod text;
pub mod workbench;
