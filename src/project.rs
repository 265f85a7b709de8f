//! compare-locales project configurations (`l10n.toml`, `pontoon.toml`), so that a
//! Mozilla-style project checks with the file it already has: `basepath`, `locales`, `[env]`,
//! `[[paths]]` (`reference`, `l10n`, per-path `locales`), `[[filters]]` (`path`, `key`,
//! `action`), `[[includes]]` and `[[excludes]]`. Takes the configuration's path; gives a
//! [`Catalog`] in which each language's files are named by the reference file each is checked
//! against, and the filters to apply to the findings.
//!
//! A pattern's wildcards (`*` within a folder, `**` across folders) match the same text in the
//! reference and the l10n path, as in compare-locales: `en/**/*.ftl` ↔ `{locale}/**/*.ftl`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use regex::Regex;
use serde::Deserialize;

use crate::catalog::{Catalog, Read, find_ftl_files, load_listed};
use crate::checks::Report;
use crate::diagnostics::Level;
use crate::diagnostics::codes::FTL010;
use crate::tag::Tag;

/// A project as its configuration describes it, with its files read.
#[derive(Debug)]
pub struct Project {
    /// The folder paths are shown from (the root configuration's `basepath`).
    pub root: PathBuf,
    /// The reference language's tag (the first folder of the reference paths, when it is one).
    pub reference: Tag,
    /// The reference and the languages asked for, each with the files it is expected to have.
    pub catalog: Catalog,
    /// The `[[filters]]`, in order: the first that matches a finding decides.
    pub filters: Filters,
}

/// One `[[filters]]` entry.
#[derive(Debug)]
pub struct Filter {
    /// The l10n paths it applies to, from the root folder, `{locale}` to fill in.
    paths: Vec<String>,
    /// The ids it applies to (exact, or `re:` a regular expression); every id when empty.
    keys: Vec<Key>,
    /// What it does to the findings it matches (`ignore` is `allow`).
    level: Level,
}

#[derive(Debug)]
enum Key {
    Exact(String),
    Matching(Regex),
}

/// The configuration file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    basepath: Option<String>,
    locales: Option<Vec<String>>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<RawPath>,
    #[serde(default)]
    filters: Vec<RawFilter>,
    #[serde(default)]
    includes: Vec<RawInclude>,
    #[serde(default)]
    excludes: Vec<RawInclude>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPath {
    reference: Option<String>,
    l10n: String,
    locales: Option<Vec<String>>,
    /// compare-locales' own tests to run on the path: accepted, not used.
    #[serde(default, rename = "test")]
    _test: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFilter {
    path: OneOrMore,
    key: Option<OneOrMore>,
    action: Level,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMore {
    One(String),
    More(Vec<String>),
}

impl OneOrMore {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMore::One(one) => vec![one],
            OneOrMore::More(more) => more,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInclude {
    path: String,
}

/// One `[[paths]]` entry, resolved: patterns from the root folder, `{locale}` left to fill.
#[derive(Debug, Clone)]
struct Paths {
    reference: String,
    l10n: String,
    locales: Vec<String>,
}

/// Every configuration read, resolved: the paths, filters and locales of the root and its
/// includes, and the paths of its excludes.
#[derive(Default)]
struct Resolved {
    paths: Vec<Paths>,
    excluded: Vec<Paths>,
    filters: Vec<Filter>,
    locales: Vec<String>,
}

/// Reads the project configuration at `path` and finds the files of its reference and of the
/// `requested` languages (every language it lists when none is), read `when` asked.
pub fn load_project(path: &Path, requested: &[String], when: Read) -> Result<Project> {
    let path = std::path::absolute(path).with_context(|| format!("cannot find `{}`", path.display()))?;
    let mut config = Resolved::default();
    let root = read_config(&path, &BTreeMap::new(), None, &mut config, false, &mut Vec::new())?;
    let mut found = Vec::new();
    find_ftl_files(&root, &mut found, &mut Vec::new())?;
    // Every pattern is an absolute path: so are the files they are matched with, sorted so
    // that a pattern looks only at those that start as it does.
    let mut files: Vec<String> = found.iter().map(|file| file.to_string_lossy().into_owned()).collect();
    files.sort();
    let relative = |file: &str| PathBuf::from(Path::new(file).strip_prefix(&root).unwrap_or(Path::new(file)));

    let reference = reference_tag(&config.paths);
    let mut references: BTreeMap<PathBuf, String> = BTreeMap::new();
    // Each reference pattern is made once: Mozilla's configurations have dozens, for a
    // hundred languages.
    let froms: Vec<Pattern> = config.paths.iter().map(|paths| Pattern::new(&paths.reference)).collect::<Result<_>>()?;
    for pattern in &froms {
        for file in pattern.candidates(&files) {
            if pattern.captures(file).is_some() {
                references.insert(relative(file), file.clone());
            }
        }
    }
    let mut catalog = Catalog::default();
    let listed: Vec<(PathBuf, PathBuf)> =
        references.iter().map(|(name, file)| (name.clone(), PathBuf::from(file))).collect();
    let expected = references.keys().map(|name| (name.clone(), name.clone())).collect();
    let (locale, diagnostics) = load_listed(&root, reference.clone(), PathBuf::new(), listed, expected, when)?;
    catalog.locales.push(locale);
    catalog.diagnostics.extend(diagnostics);

    for code in requested {
        if !config.locales.contains(code) {
            bail!(
                "--locale {code}: the project configuration does not list it; it lists {}",
                config.locales.join(", ")
            );
        }
    }
    let wanted = if requested.is_empty() { &config.locales[..] } else { requested };
    let mut tags = Vec::new();
    for code in wanted {
        match Tag::parse(code) {
            Ok(tag) if tag != reference => tags.push((code, tag)),
            Ok(_) => {}
            Err(reason) => catalog.skipped.push(format!("{code}: not checked ({reason})")),
        }
    }
    // Each language's files are matched and read on its own, in parallel, as a folder's are.
    // What each path's reference pattern matched in each reference file: the same for every
    // language.
    let matched: Vec<Vec<(&PathBuf, Vec<String>)>> = froms
        .iter()
        .map(|from| references.iter().filter_map(|(name, file)| Some((name, from.captures(file)?))).collect())
        .collect();
    let load = |(code, tag): (&String, Tag)| -> Result<_> {
        let excluded = excluded_for(&config.excluded, code)?;
        let mut listed = BTreeMap::new();
        let mut expected = BTreeMap::new();
        for ((paths, from), matched) in config.paths.iter().zip(&froms).zip(&matched) {
            if !paths.locales.iter().any(|locale| locale == code) {
                continue;
            }
            let to = Pattern::new(&paths.l10n.replace("{locale}", code))?;
            for (name, parts) in matched {
                let target = to.fill(parts);
                if !excluded.iter().any(|pattern| pattern.is_match(&target)) {
                    expected.entry((*name).clone()).or_insert_with(|| relative(&target));
                }
            }
            for file in to.candidates(&files) {
                let Some(parts) = to.captures(file) else { continue };
                if !excluded.iter().any(|pattern| pattern.is_match(file)) {
                    listed.entry(relative(&from.fill(&parts))).or_insert_with(|| PathBuf::from(file));
                }
            }
        }
        let listed: Vec<(PathBuf, PathBuf)> = listed.into_iter().collect();
        load_listed(&root, tag, PathBuf::from(code), listed, expected, when)
    };
    let loaded: Vec<_> = tags.into_par_iter().map(load).collect::<Result<_>>()?;
    for (locale, diagnostics) in loaded {
        catalog.locales.push(locale);
        catalog.diagnostics.extend(diagnostics);
    }
    catalog.locales.sort_by_key(|locale| locale.tag.to_string());
    let filters = Filters { filters: config.filters, root: root.clone() };
    Ok(Project { root, reference, catalog, filters })
}

/// The patterns of the l10n files that excluded configurations take away from the language
/// `code` (an exclude lists the languages it takes away, with the files): made once a
/// language, as matching every file against patterns made again took a fifth of a check of
/// mozilla.org's tree (perf).
fn excluded_for(excluded: &[Paths], code: &str) -> Result<Vec<Pattern>> {
    excluded
        .iter()
        .filter(|paths| paths.locales.iter().any(|locale| locale == code))
        .map(|paths| Pattern::new(&paths.l10n.replace("{locale}", code)))
        .collect()
}

/// The reference's tag: what its path has where the l10n path has `{locale}` (`en/**` beside
/// `{locale}/**` → `en`; `locales/en-US.ftl` beside `locales/{locale}.ftl` → `en-US`), or
/// `en-US` when no path tells.
fn reference_tag(paths: &[Paths]) -> Tag {
    let told = |paths: &Paths| {
        let (reference, l10n): (Vec<&str>, Vec<&str>) =
            (paths.reference.split('/').collect(), paths.l10n.split('/').collect());
        let at = l10n.iter().position(|part| part.contains("{locale}"))?;
        let (before, after) = l10n[at].split_once("{locale}")?;
        let part = reference.get(at)?.strip_prefix(before)?.strip_suffix(after)?;
        (reference.len() == l10n.len()).then(|| Tag::parse(part).ok()).flatten()
    };
    paths.iter().find_map(told).unwrap_or_else(|| Tag::parse("en-US").expect("`en-US` is a tag"))
}

/// Where one configuration's paths are read from: its base folder and its variables.
struct Base {
    folder: PathBuf,
    env: BTreeMap<String, String>,
}

impl Base {
    /// `text` with the variables filled in; `{locale}` is left, to fill per language.
    fn substitute(&self, text: &str) -> Result<String> {
        let mut out = text.to_string();
        for (name, value) in &self.env {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        let rest = out.replace("{locale}", "");
        if let Some(start) = rest.find('{') {
            let name = rest[start..].split('}').next().unwrap_or_default();
            bail!("`{text}` uses `{name}}}`, which neither [env] nor the project defines");
        }
        Ok(out)
    }

    /// A path pattern of the configuration, as an absolute path.
    fn absolute(&self, pattern: &str) -> Result<String> {
        Ok(normalize(&self.folder.join(self.substitute(pattern)?)).to_string_lossy().into_owned())
    }

    /// A `[[filters]]` entry, its paths made absolute and its patterns checked.
    fn filter(&self, raw: RawFilter) -> Result<Filter> {
        let path = |path: &String| {
            let pattern = self.absolute(path)?;
            Pattern::new(&pattern.replace("{locale}", "xx"))?;
            Ok(pattern)
        };
        let paths = raw.path.into_vec().iter().map(path).collect::<Result<_>>()?;
        let key = |key: String| match key.strip_prefix("re:") {
            Some(expression) => Ok(Key::Matching(Regex::new(&format!("^(?:{expression})$"))?)),
            None => Ok(Key::Exact(key)),
        };
        let keys = raw.key.map(OneOrMore::into_vec).unwrap_or_default().into_iter().map(key).collect::<Result<_>>()?;
        Ok(Filter { paths, keys, level: raw.action })
    }
}

impl Resolved {
    /// Counts `locales` among the project's languages.
    fn add_locales(&mut self, locales: &[String]) {
        for locale in locales {
            if !self.locales.contains(locale) {
                self.locales.push(locale.clone());
            }
        }
    }
}

/// Reads one configuration into `config`: `env` is the including configuration's variables,
/// and `parent_locales` its languages, for a configuration that lists none; `excluded` when it
/// is an `[[excludes]]` entry; `reading` the configurations being read, to refuse a circle.
/// Gives its base folder.
fn read_config(
    path: &Path,
    env: &BTreeMap<String, String>,
    parent_locales: Option<&[String]>,
    config: &mut Resolved,
    excluded: bool,
    reading: &mut Vec<PathBuf>,
) -> Result<PathBuf> {
    let invalid = || format!("invalid project configuration `{}`", path.display());
    let text = fs::read_to_string(path)
        .with_context(|| format!("failed to read the project configuration `{}`", path.display()))?;
    let raw: Raw = toml::from_str(&text).with_context(invalid)?;
    let folder = normalize(&path.parent().unwrap_or(Path::new("")).join(raw.basepath.as_deref().unwrap_or(".")));
    let mut env = env.clone();
    env.extend(raw.env);
    env.insert("l10n_base".to_string(), folder.to_string_lossy().into_owned());
    let base = Base { folder, env };
    let locales: Vec<String> = raw.locales.or_else(|| parent_locales.map(<[String]>::to_vec)).unwrap_or_default();
    if !excluded {
        config.add_locales(&locales);
    }
    for (index, paths) in raw.paths.into_iter().enumerate() {
        let place = || format!("{}: [[paths]] #{}", invalid(), index + 1);
        let Some(reference) = paths.reference else { continue };
        let resolved = Paths {
            reference: base.absolute(&reference).with_context(place)?,
            l10n: base.absolute(&paths.l10n).with_context(place)?,
            locales: paths.locales.unwrap_or_else(|| locales.clone()),
        };
        Pattern::new(&resolved.reference).with_context(place)?;
        Pattern::new(&resolved.l10n).with_context(place)?;
        match excluded {
            true => config.excluded.push(resolved),
            false => {
                // A language a path names is one of the project's, listed at the top or not.
                config.add_locales(&resolved.locales);
                config.paths.push(resolved);
            }
        }
    }
    if !excluded {
        for (index, filter) in raw.filters.into_iter().enumerate() {
            let place = || format!("{}: [[filters]] #{}", invalid(), index + 1);
            config.filters.push(base.filter(filter).with_context(place)?);
        }
    }
    reading.push(path.to_path_buf());
    for (list, is_excluded) in [(raw.includes, excluded), (raw.excludes, true)] {
        for include in list {
            let file = normalize(&base.folder.join(base.substitute(&include.path)?));
            if reading.contains(&file) {
                bail!("{}: `{}` includes itself", invalid(), include.path);
            }
            if !file.is_file() {
                bail!("{}: the included configuration `{}` does not exist", invalid(), file.display());
            }
            read_config(&file, &base.env, Some(&locales), config, is_excluded, reading)?;
        }
    }
    reading.pop();
    Ok(base.folder)
}

/// A path with its `.` and `..` parts resolved, without touching the disk.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A compare-locales path pattern: `*` matches within a folder, `**` across folders (or none).
/// Matching gives what each wildcard matched, which fills the same wildcards of another pattern.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern's text between and around its wildcards.
    pieces: Vec<String>,
    /// Its wildcards, in order: one between each two pieces.
    wildcards: Vec<Wildcard>,
}

/// What a wildcard of a path pattern matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wildcard {
    /// `*`: within one folder's name (no `/`).
    Name,
    /// `**/`: folders, each with its `/`, or none.
    Folders,
    /// `**` elsewhere: anything.
    Anything,
}

impl Pattern {
    /// Compiles `pattern`, a path from the root folder.
    pub fn new(pattern: &str) -> Result<Pattern> {
        if pattern.contains("***") || pattern.contains('[') {
            bail!("`{pattern}` is not a path pattern: use `*` within a folder and `**` across folders");
        }
        // compare-locales' patterns hold only `*` and `**` as wildcards, matched by hand: a
        // glob crate does not give the matched parts, and a regex made for each of a
        // configuration's paths for each language took a seventh of a check (mozilla.org's).
        let mut pieces = vec![String::new()];
        let mut wildcards = Vec::new();
        let mut rest = pattern;
        while !rest.is_empty() {
            let (wildcard, after) = if let Some(after) = rest.strip_prefix("**/") {
                (Wildcard::Folders, after)
            } else if let Some(after) = rest.strip_prefix("**") {
                (Wildcard::Anything, after)
            } else if let Some(after) = rest.strip_prefix('*') {
                (Wildcard::Name, after)
            } else {
                let ch = rest.chars().next().unwrap_or_default();
                pieces.last_mut().expect("one piece at least").push(ch);
                rest = &rest[ch.len_utf8()..];
                continue;
            };
            wildcards.push(wildcard);
            pieces.push(String::new());
            rest = after;
        }
        Ok(Pattern { pieces, wildcards })
    }

    /// What each wildcard matched, if `path` matches: each as much as it can, the first
    /// first, as a regex's greedy groups would.
    pub fn captures(&self, path: &str) -> Option<Vec<String>> {
        let rest = path.strip_prefix(self.pieces[0].as_str())?;
        let mut parts = Vec::with_capacity(self.wildcards.len());
        self.match_from(rest, 0, &mut parts).then(|| parts.into_iter().map(str::to_string).collect())
    }

    /// Whether `path` matches.
    pub fn is_match(&self, path: &str) -> bool {
        let rest = path.strip_prefix(self.pieces[0].as_str());
        rest.is_some_and(|rest| self.match_from(rest, 0, &mut Vec::new()))
    }

    /// Whether `rest` matches the pattern from its wildcard `index` on, with what each matched
    /// pushed on `parts`.
    fn match_from<'p>(&self, rest: &'p str, index: usize, parts: &mut Vec<&'p str>) -> bool {
        let Some(&wildcard) = self.wildcards.get(index) else { return rest.is_empty() };
        let next = self.pieces[index + 1].as_str();
        // The longest it may match, then shorter.
        let longest = match wildcard {
            Wildcard::Name => rest.find('/').unwrap_or(rest.len()),
            Wildcard::Anything => rest.find('\n').unwrap_or(rest.len()),
            Wildcard::Folders => rest.rfind('/').map_or(0, |at| at + 1),
        };
        for end in (0..=longest).rev() {
            let fits = wildcard != Wildcard::Folders || end == 0 || rest.as_bytes()[end - 1] == b'/';
            let Some(after) = rest.get(end..).filter(|_| fits).and_then(|tail| tail.strip_prefix(next)) else {
                continue;
            };
            parts.push(&rest[..end]);
            if self.match_from(after, index + 1, parts) {
                return true;
            }
            parts.pop();
        }
        false
    }

    /// The paths of the sorted `files` that start with this pattern's text before its first
    /// wildcard: the only ones it can match.
    pub fn candidates<'f>(&self, files: &'f [String]) -> &'f [String] {
        let prefix = self.pieces[0].as_str();
        let start = files.partition_point(|file| file.as_str() < prefix);
        let length = files[start..].partition_point(|file| file.starts_with(prefix));
        &files[start..start + length]
    }

    /// The path this pattern gives with its wildcards filled by `parts`, in order.
    pub fn fill(&self, parts: &[String]) -> String {
        let mut out = self.pieces[0].clone();
        for (index, piece) in self.pieces[1..].iter().enumerate() {
            out.push_str(parts.get(index).map_or("", String::as_str));
            out.push_str(piece);
        }
        out
    }
}

/// A project's `[[filters]]`, and the folder its paths are from.
#[derive(Debug)]
pub struct Filters {
    filters: Vec<Filter>,
    root: PathBuf,
}

impl Filters {
    /// Applies the filters to a check's findings: the first that matches a finding drops it
    /// (`ignore`) or sets its level. A missing message ignored is not expected either, and the
    /// obsolete counts are those of the findings left, as compare-locales counts them.
    pub fn apply(&self, report: &mut Report) {
        // Each language's patterns, made once: `{locale}` differs from one to the next.
        let mut compiled: HashMap<Tag, Vec<Vec<Pattern>>> = HashMap::new();
        let mut ignored: BTreeMap<Tag, usize> = BTreeMap::new();
        let root = &self.root;
        report.diagnostics.retain_mut(|found| {
            let patterns = compiled.entry(found.locale.clone()).or_insert_with(|| {
                let locale = found.locale.to_string();
                let compile = |text: &String| Pattern::new(&text.replace("{locale}", &locale)).ok();
                self.filters.iter().map(|filter| filter.paths.iter().filter_map(compile).collect()).collect()
            });
            let file = root.join(&found.file).to_string_lossy().into_owned();
            let matching = self.filters.iter().zip(patterns.iter()).find(|(filter, paths)| {
                paths.iter().any(|path| path.captures(&file).is_some()) && filter.matches_key(found.id.as_deref())
            });
            let Some((filter, _)) = matching else { return true };
            let reported = found.set_level(filter.level);
            if !reported && std::ptr::eq(found.code, &FTL010) {
                *ignored.entry(found.locale.clone()).or_default() += 1;
            }
            reported
        });
        // The obsolete counts are those of the findings left, counted in one pass.
        let mut obsolete: BTreeMap<(&Tag, &str), usize> = BTreeMap::new();
        for found in report.diagnostics.iter().filter(|found| ["FTL014", "FTL015"].contains(&found.code.code)) {
            *obsolete.entry((&found.locale, found.code.code)).or_default() += 1;
        }
        for summary in &mut report.locales {
            let dropped = ignored.get(&summary.locale).copied().unwrap_or_default();
            summary.missing -= dropped.min(summary.missing);
            summary.messages -= dropped.min(summary.messages);
            let count = |code: &str| obsolete.get(&(&summary.locale, code)).copied().unwrap_or_default();
            summary.obsolete = count("FTL014");
            summary.obsolete_files = count("FTL015");
        }
        report.count_findings();
    }
}

impl Filter {
    fn matches_key(&self, id: Option<&str>) -> bool {
        self.keys.is_empty()
            || id.is_some_and(|id| {
                self.keys.iter().any(|key| match key {
                    Key::Exact(exact) => exact == id,
                    Key::Matching(regex) => regex.is_match(id),
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_and_fill_the_same_parts() {
        let reference = Pattern::new("/p/en/**/*.ftl").unwrap();
        let l10n = Pattern::new("/p/de/**/*.ftl").unwrap();
        let parts = reference.captures("/p/en/firefox/new/download.ftl").unwrap();
        assert_eq!(l10n.fill(&parts), "/p/de/firefox/new/download.ftl");
        assert_eq!(l10n.fill(&reference.captures("/p/en/top.ftl").unwrap()), "/p/de/top.ftl");
        assert!(Pattern::new("/p/en/*.ftl").unwrap().captures("/p/en/a/b.ftl").is_none());
    }

    /// The pattern as the regex it stood for before it was matched by hand: `*` is `[^/]*`,
    /// `**/` is `(?:[^/]*/)*` and `**` is `.*`, each group greedy.
    fn as_regex(pattern: &str) -> Regex {
        let mut regex = String::from("^");
        let mut rest = pattern;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("**/") {
                regex.push_str("((?:[^/]*/)*)");
                rest = after;
            } else if let Some(after) = rest.strip_prefix("**") {
                regex.push_str("(.*)");
                rest = after;
            } else if let Some(after) = rest.strip_prefix('*') {
                regex.push_str("([^/]*)");
                rest = after;
            } else {
                let ch = rest.chars().next().unwrap();
                regex.push_str(&regex::escape(&ch.to_string()));
                rest = &rest[ch.len_utf8()..];
            }
        }
        Regex::new(&(regex + "$")).unwrap()
    }

    #[test]
    fn wildcards_match_what_the_regex_they_stand_for_matches() {
        let patterns = [
            "/p/en/**/*.ftl",
            "/p/en/**",
            "/p/en/**.ftl",
            "/p/*/a/**/b/*.ftl",
            "/p/**/x/**/*",
            "/p/en/*-*.ftl",
            "/p/**/**/z.ftl",
            "/p/en/**/",
            "/p/é/**/ü*.ftl",
            "*",
            "**",
        ];
        let paths = [
            "/p/en/a.ftl",
            "/p/en/a/b/c.ftl",
            "/p/en/",
            "/p/en/a/",
            "/p/x/a/b/b/c.ftl",
            "/p/q/x/r/x/s",
            "/p/en/a-b-c.ftl",
            "/p/z.ftl",
            "/p/a/b/z.ftl",
            "/p/é/d/üx.ftl",
            "/p/en//a.ftl",
            "/p/en/a\nb.ftl",
            "",
            "a/b",
        ];
        for pattern in patterns {
            let (ours, regex) = (Pattern::new(pattern).unwrap(), as_regex(pattern));
            for path in paths {
                let expected = regex.captures(path).map(|found| {
                    found
                        .iter()
                        .skip(1)
                        .map(|part| part.map_or("", |part| part.as_str()).to_string())
                        .collect::<Vec<_>>()
                });
                assert_eq!(ours.captures(path), expected, "{pattern} on {path:?}");
            }
        }
    }
}
