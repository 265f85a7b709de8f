//! Helpers: copy a fixture tree into a temporary folder and run the binary there.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// The repository's own folder.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of `tests/fixtures/build/base`, with the files of `tests/fixtures/build/<case>`
/// (if given) laid over it.
pub fn fixture(case: Option<&str>) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = repo().join("tests/fixtures/build");
    copy_tree(&fixtures.join("base"), dir.path());
    if let Some(case) = case {
        copy_tree(&fixtures.join(case), dir.path());
    }
    dir
}

/// A fresh copy of `tests/fixtures/check/base` with the case `tests/fixtures/check/<case>`
/// laid over it: its files replace the base's, and the paths listed in its `DELETE` file (one
/// a line) are removed.
pub fn check_fixture(case: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = repo().join("tests/fixtures/check");
    copy_tree(&fixtures.join("base"), dir.path());
    copy_tree(&fixtures.join(case), dir.path());
    let delete = dir.path().join("DELETE");
    if delete.exists() {
        for path in fs::read_to_string(&delete).unwrap().lines().filter(|line| !line.trim().is_empty()) {
            fs::remove_file(dir.path().join(path.trim())).unwrap_or_else(|err| panic!("{case}/DELETE: {path}: {err}"));
        }
        fs::remove_file(delete).unwrap();
    }
    dir
}

/// A fresh copy of the repository's campaign as a clone has it: manifest, locales, templates,
/// and the output folder with only its committed files.
pub fn campaign() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(repo().join("outreach.toml"), dir.path().join("outreach.toml")).unwrap();
    fs::create_dir(dir.path().join("output")).unwrap();
    for committed in ["README.md", ".outreach-build"] {
        fs::copy(repo().join("output").join(committed), dir.path().join("output").join(committed)).unwrap();
    }
    for folder in ["locales", "templates"] {
        copy_tree(&repo().join(folder), &dir.path().join(folder));
    }
    dir
}

/// The manifest of the campaign in `dir`, as a TOML table.
pub fn manifest(dir: &Path) -> toml::Table {
    toml::from_str(&read(dir, "outreach.toml")).expect("outreach.toml is TOML")
}

/// Copies every file under `from` into `to`, replacing files that exist.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The outcome of one run of the binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `outreach ARGS` in `dir`.
pub fn outreach(dir: &Path, args: &[&str]) -> Run {
    outreach_with(dir, args, &[])
}

/// Runs `outreach ARGS` in `dir` with the environment variables `env` set.
pub fn outreach_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_outreach"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1").envs(env.iter().copied());
    let Output { status, stdout, stderr } = command.output().unwrap();
    let run = Run {
        code: status.code().expect("outreach was killed by a signal"),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    };
    assert!(!run.stderr.contains("panicked"), "outreach panicked:\n{}", run.stderr);
    run
}

/// Writes `bytes` to `path` under `dir`, creating its folders.
pub fn write(dir: &Path, path: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// Reads a file, with the template engine's `&#x2f;` (an escaped `/`, the same thing in HTML)
/// turned back into `/` so that tests can look for links as they are written.
pub fn read(dir: &Path, path: &str) -> String {
    let text = fs::read_to_string(dir.join(path)).unwrap_or_else(|err| panic!("cannot read {path}: {err}"));
    text.replace("&#x2f;", "/")
}

/// Every file under `dir`, relative to it, with its bytes.
pub fn snapshot_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push((path.strip_prefix(dir).unwrap().to_path_buf(), fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}
