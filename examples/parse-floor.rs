//! The floor `outreach check` is measured against: every `.ftl` file of a tree read and parsed
//! with fluent-syntax, and nothing else, on N threads. A check cannot be faster than reading
//! and parsing what it checks; how far above this it is says what the checking costs.
//!
//! ```sh
//! cargo run --release --example parse-floor -- TREE [THREADS [RUNS]]
//! ```
//!
//! Prints the files, their bytes, the entries parsed and the time, the best of RUNS runs
//! (default 5; give 1 to time the whole process from outside, as `farm-bench` does).

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(tree) = args.next().map(PathBuf::from) else {
        eprintln!("usage: parse-floor TREE [THREADS [RUNS]]");
        std::process::exit(2);
    };
    let threads: usize = args.next().and_then(|threads| threads.parse().ok()).unwrap_or(1);
    let runs: usize = args.next().and_then(|runs| runs.parse().ok()).unwrap_or(5);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool");
    let mut files = Vec::new();
    collect(&tree, &mut files);
    files.sort();
    let mut best = f64::INFINITY;
    let mut totals = (0, 0);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        // Read and parsed where it is read, one file at a time per thread, as a check would.
        totals = pool.install(|| {
            files
                .par_iter()
                .map(|path| {
                    let Ok(text) = std::fs::read_to_string(path) else { return (0, 0) };
                    let entries = match fluent_syntax::parser::parse(text.as_str()) {
                        Ok(resource) => resource.body.len(),
                        Err((resource, _)) => resource.body.len(),
                    };
                    (text.len(), entries)
                })
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        });
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "parse-floor: {} files, {:.1} MB, {} entries, {threads} thread(s): {best:.3} s (best of {runs})",
        files.len(),
        totals.0 as f64 / 1e6,
        totals.1
    );
}

/// Every `.ftl` file under `dir`, links not followed.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            collect(&entry.path(), files);
        } else if kind.is_file() && entry.path().extension().is_some_and(|ext| ext == "ftl") {
            files.push(entry.path());
        }
    }
}
