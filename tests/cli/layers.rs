//! The modules form layers, as README's "What is where" draws them: each module uses only
//! modules of lower layers, so there is no import circle and no edge pointing up (the checks
//! never use the renderer, nothing uses `cmd`). Read from the source's `crate::` paths.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::support::repo;

/// Every module of the crate and its layer, from the bottom. A module may use only those of
/// a lower layer.
const LAYERS: &[(&str, u8)] = &[
    ("tag", 0),
    ("text", 0),
    ("diagnostics", 1),
    ("scaffold", 1),
    ("fonts", 1),
    ("config", 2),
    ("review", 2),
    ("catalog", 3),
    ("fluent", 4),
    ("sync", 4),
    ("checks", 5),
    ("render", 5),
    ("status", 6),
    ("project", 6),
    ("site", 7),
    ("output", 8),
    ("print", 8),
    ("workbench", 9),
    ("serve", 10),
    ("cli", 10),
    ("cmd", 11),
];

fn layer(module: &str) -> u8 {
    LAYERS.iter().find(|(name, _)| *name == module).unwrap_or_else(|| panic!("add `{module}` to LAYERS")).1
}

/// The top-level module each `crate::` path in `code` names, comments left out.
fn used(code: &str) -> BTreeSet<String> {
    let lines = code.lines().filter(|line| !line.trim_start().starts_with("//"));
    let mut found = BTreeSet::new();
    for line in lines {
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            found.insert(name);
        }
    }
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_lower_layers() {
    let src = repo().join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    let mut upward = Vec::new();
    for path in paths {
        let relative = path.strip_prefix(&src).unwrap();
        let module = relative.iter().next().unwrap().to_string_lossy().trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        for other in used(&fs::read_to_string(&path).unwrap()) {
            if other != module && layer(&other) >= layer(&module) {
                upward.push(format!("{} ({module}) uses {other}", relative.display()));
            }
        }
    }
    assert!(upward.is_empty(), "imports that do not point down:\n{}", upward.join("\n"));
}
