//! Fuzzing on the stable toolchain: arbitrary bytes, mostly pieces of Fluent's syntax, as the
//! Spanish flyer's file, through parse → check → render of the whole campaign. Nothing may
//! panic, the render may not fail (a broken translation is a finding, or a page left out), and
//! no text may add markup: every page has as many `<script` as the campaign's own.
//!
//! `cargo test` runs the regression corpus (`tests/fixtures/fuzz/`, every input that once
//! failed) and a short seeded run. The long run is ignored by default:
//!
//! ```sh
//! FUZZ_SECONDS=3600 cargo test --release --test cli fuzz -- --ignored --nocapture
//! ```
//!
//! An input that fails is written to `target/fuzz-failures/`; fix the bug, then add the file to
//! the corpus.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use outreach::catalog::{Catalog, load_catalog, parse_file};
use outreach::config::Config;
use outreach::render::Options;
use outreach::site::{Built, Campaign as Loaded, Memory, Scope, build_site};
use outreach::tag::Tag;

use crate::support::repo;

/// The pages of `es` (and the picker), as `build --locale es` renders them.
fn render(config: &Config, catalog: Catalog, es: &Tag) -> anyhow::Result<Built> {
    let campaign = Loaded::new(config.clone(), catalog, std::slice::from_ref(es));
    let options = Options { pages: true, previews: false };
    build_site(&campaign, &Scope::All, &mut Memory::default(), options)
}

/// The campaign, read once, and the counts of `<script` in its Spanish pages.
struct Campaign {
    config: Config,
    catalog: Catalog,
    es: Tag,
    scripts: Vec<(PathBuf, usize)>,
}

impl Campaign {
    fn load() -> Campaign {
        let config = Config::load(&repo().join("outreach.toml")).unwrap();
        let catalog = load_catalog(&config.root, &config.locales_dir).unwrap();
        let es = Tag::parse("es").unwrap();
        let site = render(&config, catalog.clone(), &es).unwrap();
        let scripts = site.pages.iter().map(|(path, page)| (path.clone(), page.matches("<script").count())).collect();
        Campaign { config, catalog, es, scripts }
    }

    /// Runs one input; `Err` says what went wrong.
    fn run(&self, bytes: &[u8]) -> Result<(), String> {
        let mut catalog = self.catalog.clone();
        let locale = catalog.locales.iter_mut().find(|locale| locale.tag == self.es).unwrap();
        let name = Path::new("flyer.ftl");
        locale.files.retain(|file| file.name != name);
        locale.unreadable.retain(|file| file != name);
        let (file, _) = parse_file(&self.es, bytes, Path::new("locales/es/flyer.ftl"), name);
        match file {
            Some(file) => locale.files.push(file),
            None => locale.unreadable.push(name.to_path_buf()),
        }
        // The build checks the language first, then renders it.
        let site = render(&self.config, catalog, &self.es).map_err(|err| format!("render: {err:#}"))?;
        for (path, page) in &site.pages {
            let expected = self.scripts.iter().find(|(known, _)| known == path).map_or(0, |(_, count)| *count);
            if page.matches("<script").count() != expected {
                return Err(format!("{} has a `<script` the templates did not put there", path.display()));
            }
        }
        Ok(())
    }

    /// Runs one input, catching a panic; on failure, keeps the input and says where.
    fn check(&self, bytes: &[u8]) -> Result<(), String> {
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| self.run(bytes)));
        let problem = match outcome {
            Ok(Ok(())) => return Ok(()),
            Ok(Err(problem)) => problem,
            Err(_) => "panicked".to_string(),
        };
        let dir = repo().join("target/fuzz-failures");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{:016x}.ftl", fingerprint(bytes)));
        fs::write(&path, bytes).unwrap();
        Err(format!("{problem}; the input is {}", path.display()))
    }
}

/// A stable name for an input (FNV-1a).
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// xorshift64*: inputs are reproducible from their seed without a dependency for it.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces inputs are made of: Fluent's syntax, the campaign's own ids and terms, markup,
/// scripts, escapes, and bytes that are not text.
const PIECES: &[&[u8]] = &[
    b"flyer-tab = ",
    b"flyer-headline = ",
    b"i-speak = ",
    b"-hotline-phone",
    b"-hotline-name = ",
    b"{ ",
    b" }",
    b"{",
    b"}",
    b"$count",
    b"$x",
    b" ->\n",
    b"   [one] ",
    b"  *[other] ",
    b"[",
    b"]",
    b"*",
    b"\n",
    b"\r\n",
    b"\r",
    b"    ",
    b".label = ",
    b".attr",
    b"=",
    b"-",
    b"#",
    b"## ",
    b"### ",
    b"\"",
    b"\\u00e9",
    b"\\u00",
    b"\\U01F600",
    b"\\",
    b"NUMBER($count)",
    b"NUMBER(",
    b"DATETIME(",
    b"(",
    b")",
    b",",
    b":",
    b"<script>alert(1)</script>",
    b"<b>",
    b"</b>",
    b"<a href=\"javascript:alert(1)\">",
    b"\" onload=\"alert(1)",
    b"{{ 7*7 }}",
    b"{% include x %}",
    b"1-888-373-7888",
    b"\xd9\xa1\xd9\xa8",
    b"\xe2\x80\xae",
    b"\xe2\x81\xa6",
    b"\xef\xbb\xbf",
    b"\x00",
    b"\xff\xfe",
    b"\xc3",
    b"\xe9",
    b"NUMBER({\n",
    b"A({\n",
    b"Hola",
    b"\xe0\xa4\xa8\xe0\xa4\xae",
    b"\xe4\xbd\xa0\xe5\xa5\xbd",
    b" ",
    b"{ flyer-lead }",
    b"{ -hotline-text }",
];

/// An input of up to about `pieces` pieces.
fn input(random: &mut Random, pieces: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..=random.below(pieces) {
        match random.below(10) {
            // Now and then a run of one piece, for deep nesting and long lines.
            0 => bytes.extend(PIECES[random.below(PIECES.len())].repeat(1 + random.below(300))),
            1 => bytes.push(random.next() as u8),
            _ => bytes.extend_from_slice(PIECES[random.below(PIECES.len())]),
        }
    }
    bytes
}

/// Runs inputs from `seed` until `cases` are done or `time` is up; fails on the first problem.
fn fuzz(seed: u64, cases: usize, time: Duration) -> usize {
    let campaign = Campaign::load();
    let mut random = Random(seed | 1);
    let started = Instant::now();
    let mut done = 0;
    while done < cases && started.elapsed() < time {
        let bytes = input(&mut random, 80);
        if let Err(problem) = campaign.check(&bytes) {
            panic!("seed {seed}, case {done}: {problem}");
        }
        done += 1;
    }
    done
}

#[test]
fn every_input_that_once_failed_passes() {
    let campaign = Campaign::load();
    let corpus = repo().join("tests/fixtures/fuzz");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&corpus).unwrap().map(|entry| entry.unwrap().path()).collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "the regression corpus is in {}", corpus.display());
    for path in inputs {
        let bytes = fs::read(&path).unwrap();
        campaign.check(&bytes).unwrap_or_else(|problem| panic!("{}: {problem}", path.display()));
    }
}

#[test]
fn a_short_seeded_run_finds_nothing() {
    let done = fuzz(2026, 150, Duration::from_secs(60));
    assert!(done > 0);
}

#[test]
#[ignore = "the long run: FUZZ_SECONDS=3600 cargo test --release --test cli fuzz -- --ignored"]
fn a_long_run_finds_nothing() {
    let seconds = std::env::var("FUZZ_SECONDS").ok().and_then(|text| text.parse().ok()).unwrap_or(60);
    let seed = std::env::var("FUZZ_SEED").ok().and_then(|text| text.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |since| since.as_secs())
    });
    let done = fuzz(seed, usize::MAX, Duration::from_secs(seconds));
    println!("fuzz: seed {seed}: {done} inputs in {seconds} s, no problem");
}
