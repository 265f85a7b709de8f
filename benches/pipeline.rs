//! Criterion benchmarks of the pipeline's stages, one language at a time, on the repository's
//! own campaign: reading and parsing a language's files, checking it against the reference, and
//! building its site (checked again, then rendered). `cargo bench --bench pipeline`; `scripts/bench-compare.sh` measures the
//! whole tree at scale.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use outreach::catalog::load_catalog;
use outreach::checks::{Setup, run_checks};
use outreach::config::Config;
use outreach::render::Options;
use outreach::site::{Campaign, Memory, Scope, build_site};
use outreach::tag::Tag;

/// The languages measured: a Latin, a right-to-left and a CJK one.
const LANGUAGES: &[&str] = &["es", "ar", "zh-Hant"];

fn campaign() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder holding only `tag`'s files, so that loading it reads and parses one language.
fn one_language(tag: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let from = campaign().join("locales").join(tag);
    let to = dir.path().join(tag);
    std::fs::create_dir_all(&to).expect("a language folder");
    for entry in std::fs::read_dir(&from).expect("the language's folder") {
        let path = entry.expect("a file").path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            std::fs::copy(&path, to.join(path.file_name().expect("a file name"))).expect("a copy");
        }
    }
    dir
}

fn stages(c: &mut Criterion) {
    let config = Config::load(&campaign().join("outreach.toml")).expect("the campaign's manifest");
    let options = Options { pages: true, previews: false };
    let catalog = load_catalog(&config.root, &config.locales_dir).expect("the campaign's files");
    for &name in LANGUAGES {
        let tag = Tag::parse(name).expect("a tag");
        let folder = one_language(name);
        c.bench_function(&format!("parse/{name}"), |b| {
            b.iter(|| load_catalog(folder.path(), folder.path()).expect("the files load"))
        });
        let selected = [tag.clone()];
        c.bench_function(&format!("check/{name}"), |b| b.iter(|| run_checks(&catalog, &Setup::of(&config, &selected))));
        let one = Campaign::new(config.clone(), catalog.clone(), &selected);
        c.bench_function(&format!("site/{name}"), |b| {
            b.iter(|| build_site(&one, &Scope::All, &mut Memory::default(), options).expect("the pages render"))
        });
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
