//! Stage 2, catalog: finds `locales/<tag>/**/*.ftl`, reads every file (UTF-8, BOM stripped,
//! CRLF accepted), guards against hostile input, and parses it into a [`FluentResource`].
//!
//! A file that cannot be read or parsed becomes a [`Diagnostic`] and the other files go on:
//! one bad file never stops a build or a check.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow, bail};
use fluent_bundle::FluentResource;
use fluent_syntax::parser::{ErrorKind, ParserError};
use rayon::prelude::*;

use crate::diagnostics::codes;
use crate::diagnostics::{Diagnostic, LineIndex, Sources};
use crate::tag::Tag;
use crate::text::definition_id;

/// Files larger than this are not parsed: no real translation file comes near it, and the
/// parser's time and memory grow with it.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The syntax errors reported one by one in a file; the rest are counted in one finding.
pub const MAX_SYNTAX_ERRORS: usize = 100;

/// Placeables nested deeper than this are not parsed: the parser recurses once per level and
/// would overflow the stack long before a real message needs more than a handful.
pub const MAX_NESTING: usize = 100;

/// Every language's parsed files.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The languages found, sorted by tag.
    pub locales: Vec<LocaleFiles>,
    /// Problems with files that could not be read or parsed completely.
    pub diagnostics: Vec<Diagnostic>,
    /// Folders under the locales folder that were skipped, and why.
    pub skipped: Vec<String>,
}

/// One language's files.
#[derive(Debug, Clone)]
pub struct LocaleFiles {
    /// The language.
    pub tag: Tag,
    /// Its folder, as findings show it.
    pub dir: PathBuf,
    /// Its `.ftl` files, sorted by path.
    pub files: Vec<FtlFile>,
    /// Files that could not be read or parsed at all, by their path inside the folder.
    pub unreadable: Vec<PathBuf>,
    /// With a project configuration: the files the language is expected to have, by name
    /// (the reference's file each is checked against), each with its path as findings show
    /// it. `None` when every reference file is expected at `dir` joined with its name.
    pub expected: Option<BTreeMap<PathBuf, PathBuf>>,
    /// The files found but not read yet ([`Read::Later`]).
    unread: Option<Unread>,
}

/// When a language's files are read: as it is found, or when it is checked (by
/// [`LocaleFiles::read`]). A check of a whole tree reads each language where it checks it and
/// lets it go after, so that it never holds every language's syntax trees at once (about three
/// times the text, each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// As each language is found.
    Now,
    /// When it is checked.
    Later,
}

/// A language's files found but not read yet.
#[derive(Debug, Clone)]
struct Unread {
    /// The folder paths are shown from.
    root: PathBuf,
    /// Each file's name inside the language and its path.
    files: Vec<(PathBuf, PathBuf)>,
    /// Whether the files are sorted by name once read (a configuration's are listed in its order).
    sort: bool,
}

impl LocaleFiles {
    /// A language of `files` (each its name inside the language and its path), read `when`.
    fn from_files(
        root: &Path,
        locale: LocaleFiles,
        files: Vec<(PathBuf, PathBuf)>,
        sort: bool,
        when: Read,
    ) -> Result<(LocaleFiles, Vec<Diagnostic>)> {
        let unread = Unread { root: root.to_path_buf(), files, sort };
        match when {
            Read::Now => read_files(&unread, locale),
            Read::Later => Ok((LocaleFiles { unread: Some(unread), ..locale }, Vec::new())),
        }
    }

    /// The language with its files read and parsed, and the findings about them, if they were
    /// left to be read when checked ([`Read::Later`]); `None` if they were read already.
    pub fn read(&self) -> Result<Option<(LocaleFiles, Vec<Diagnostic>)>> {
        let Some(unread) = &self.unread else { return Ok(None) };
        let empty = LocaleFiles {
            tag: self.tag.clone(),
            dir: self.dir.clone(),
            files: Vec::new(),
            unreadable: Vec::new(),
            expected: self.expected.clone(),
            unread: None,
        };
        read_files(unread, empty).map(Some)
    }

    /// Whether the language has `.ftl` files, read or not.
    pub fn has_files(&self) -> bool {
        !self.files.is_empty()
            || !self.unreadable.is_empty()
            || self.unread.as_ref().is_some_and(|unread| !unread.files.is_empty())
    }

    /// Whether the language is expected to have the file `name` of the reference.
    pub fn expects(&self, name: &Path) -> bool {
        self.expected.as_ref().is_none_or(|expected| expected.contains_key(name))
    }

    /// How a message names the language's file `name`: by its name inside the language's
    /// folder, or, with a project configuration, by its path.
    pub fn name_of(&self, name: &Path) -> PathBuf {
        match self.expected {
            Some(_) => self.path_of(name),
            None => name.to_path_buf(),
        }
    }

    /// The text of each of its messages and terms (`id = …` and the lines under it), by id;
    /// the first where one is defined twice.
    pub fn definitions(&self) -> BTreeMap<&str, &str> {
        let sources = self.files.iter().map(|file| ((), file.resource.source()));
        crate::scaffold::first_definitions(sources).into_iter().map(|(id, ((), block))| (id, block.text)).collect()
    }

    /// Where the language's file `name` is, or is to be written, as findings show it.
    pub fn path_of(&self, name: &Path) -> PathBuf {
        let listed = self.expected.as_ref().and_then(|expected| expected.get(name));
        listed.cloned().unwrap_or_else(|| self.dir.join(name))
    }
}

/// One parsed `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The path relative to the project's folder, as findings show it.
    pub path: PathBuf,
    /// The path inside the language's folder, which is the same in every language.
    pub name: PathBuf,
    /// The parsed file; entries the parser could not read are left out.
    pub resource: Arc<FluentResource>,
    /// Where the lines of its text start: worked out at the first finding about the file, as
    /// most files have none (a whole tree's took 2 % of its check, measured with perf).
    lines: OnceLock<LineIndex>,
}

impl FtlFile {
    /// The 1-based line and column (in characters) of a byte offset into the file's text.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        self.lines().line_column(self.resource.source(), offset)
    }

    /// `finding`, about the bytes `span` of this file.
    pub fn locate(&self, finding: Diagnostic, span: Range<usize>) -> Diagnostic {
        finding.at_indexed(self.resource.source(), self.lines(), span)
    }

    fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(self.resource.source()))
    }
}

impl Catalog {
    /// The text of every file, by the path findings show, for the source lines they quote.
    pub fn sources(&self) -> Sources<'_> {
        let files = self.locales.iter().flat_map(|locale| &locale.files);
        files.map(|file| (file.path.as_path(), file.resource.source())).collect()
    }

    /// The files of one language, if it has a folder.
    pub fn locale(&self, tag: &Tag) -> Option<&LocaleFiles> {
        self.locales.iter().find(|locale| &locale.tag == tag)
    }

    /// The languages named with `--locale` (`requested`), each of which must have a folder under
    /// `locales_dir`.
    pub fn select(&self, locales_dir: &Path, requested: &[String]) -> Result<Vec<Tag>> {
        requested
            .iter()
            .map(|text| {
                let tag = Tag::parse(text).map_err(|reason| anyhow!("--locale {text}: {reason}"))?;
                if self.locale(&tag).is_none() {
                    // The catalog may hold only some languages: name every language folder.
                    let folders = read_dir_sorted(locales_dir).unwrap_or_default();
                    let names = folders.iter().filter(|path| path.is_dir()).filter_map(|path| path.file_name());
                    let known: Vec<_> = names
                        .map(|name| name.to_string_lossy().into_owned())
                        .filter(|name| Tag::parse(name).is_ok())
                        .collect();
                    bail!(
                        "--locale {tag}: there is no folder `{}`; the languages are: {}",
                        locales_dir.join(tag.to_string()).display(),
                        known.join(", ")
                    );
                }
                Ok(tag)
            })
            .collect()
    }
}

/// Reads every language folder under `locales_dir`; `root` is the folder paths are shown from.
pub fn load_catalog(root: &Path, locales_dir: &Path) -> Result<Catalog> {
    load_languages(root, locales_dir, &[], Read::Now)
}

/// Finds the folders under `locales_dir` of the languages `only` (every one when empty), and
/// reads their files `when` asked: a check of one language need not open every other's files.
pub fn load_languages(root: &Path, locales_dir: &Path, only: &[Tag], when: Read) -> Result<Catalog> {
    let mut catalog = Catalog::default();
    let mut folders = Vec::new();
    for entry in read_dir_sorted(locales_dir)? {
        let name = entry.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if entry.is_symlink() {
            catalog.skipped.push(format!("{}: a link, which is not followed", shown(root, &entry).display()));
            continue;
        }
        if !entry.is_dir() {
            continue;
        }
        match Tag::parse(&name) {
            // The output puts its stylesheets and fonts in `assets/`, beside the language folders.
            Ok(_) if name == "assets" => catalog
                .skipped
                .push(format!("{}: `assets` is reserved for the output's files", shown(root, &entry).display())),
            Ok(tag) if !only.is_empty() && !only.contains(&tag) => {}
            Ok(tag) => folders.push((tag, entry)),
            Err(reason) => {
                catalog.skipped.push(format!("{}: not a language folder ({reason})", shown(root, &entry).display()))
            }
        }
    }
    let loaded: Vec<_> =
        folders.into_par_iter().map(|(tag, dir)| load_locale(root, tag, &dir, when)).collect::<Result<_>>()?;
    for (locale, diagnostics, skipped) in loaded {
        catalog.locales.push(locale);
        catalog.diagnostics.extend(diagnostics);
        catalog.skipped.extend(skipped);
    }
    Ok(catalog)
}

fn load_locale(root: &Path, tag: Tag, dir: &Path, when: Read) -> Result<(LocaleFiles, Vec<Diagnostic>, Vec<String>)> {
    let mut paths = Vec::new();
    let mut passed = Vec::new();
    find_ftl_files(dir, &mut paths, &mut passed)?;
    let skipped = passed.iter().map(|(path, why)| format!("{}: {why}", shown(root, path).display())).collect();
    let files: Vec<(PathBuf, PathBuf)> =
        paths.into_iter().map(|path| (path.strip_prefix(dir).unwrap_or(&path).to_path_buf(), path)).collect();
    let locale = LocaleFiles {
        tag,
        dir: shown(root, dir),
        files: Vec::new(),
        unreadable: Vec::new(),
        expected: None,
        unread: None,
    };
    let (locale, diagnostics) = LocaleFiles::from_files(root, locale, files, false, when)?;
    Ok((locale, diagnostics, skipped))
}

/// Reads and parses one file. Problems with its content are findings; only an I/O failure
/// is an error.
fn load_file(tag: &Tag, path: &Path, shown: &Path, name: &Path) -> Result<(Option<FtlFile>, Vec<Diagnostic>)> {
    let finding = |code, message: String, help: &str| Diagnostic::in_file(code, tag, shown, message, help.into());
    let failed = || format!("failed to read `{}`", path.display());
    // Its size from the open file, not from the path again: one lookup of the path a file.
    let mut file = fs::File::open(path).with_context(failed)?;
    let size = file.metadata().with_context(failed)?.len();
    if size > MAX_FILE_BYTES {
        let message = format!("the file is {size} bytes, over the limit of {MAX_FILE_BYTES}; it was not read");
        return Ok((None, vec![finding(&codes::FTL003, message, "split it into smaller files")]));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
    file.read_to_end(&mut bytes).with_context(failed)?;
    Ok(parse_file(tag, bytes, shown, name))
}

/// Decodes and parses the bytes of one file, `shown` as the path findings name and `name` its
/// path inside the language's folder: the file is `None` when it cannot be parsed, and every
/// problem is a finding. Whatever the bytes, this never fails or panics.
pub fn parse_file(
    tag: &Tag,
    bytes: impl Into<Vec<u8>>,
    shown: &Path,
    name: &Path,
) -> (Option<FtlFile>, Vec<Diagnostic>) {
    let bytes = bytes.into();
    let finding = |code, message: String, help: &str| Diagnostic::in_file(code, tag, shown, message, help.into());
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let message = format!("the file is {} bytes, over the limit of {MAX_FILE_BYTES}; it was not read", bytes.len());
        return (None, vec![finding(&codes::FTL003, message, "split it into smaller files")]);
    }
    let source = match decode(bytes) {
        Ok(source) => source,
        Err((text, offset, message)) => {
            let help = "save the file as UTF-8 (without NUL characters) in your editor";
            return (None, vec![finding(&codes::FTL002, message, help).at(&text, offset..offset)]);
        }
    };
    match guard(&source) {
        Some(Hazard::TooDeep(offset)) => {
            let message = format!("placeables are nested more than {MAX_NESTING} deep; the file was not parsed");
            return (
                None,
                vec![finding(&codes::FTL003, message, "remove the extra `{`").at(&source, offset..offset + 1)],
            );
        }
        Some(Hazard::BadEscape(offset)) => {
            let message = "a `\\u` escape must be followed by 4 hex digits (`\\U` by 6); \
                           the file was not parsed"
                .to_string();
            let help = "write the character itself, or its code in hex (`\\u00E9` for é)";
            return (None, vec![finding(&codes::FTL001, message, help).at(&source, offset..offset + 2)]);
        }
        None => {}
    }
    let Some((resource, errors)) = parse_quietly(source) else {
        let message = "the Fluent parser failed on this file".to_string();
        let help = "look for an unusual escape or placeable near the last change, and report this file to outreach";
        return (None, vec![finding(&codes::FTL001, message, help)]);
    };
    let file = FtlFile {
        path: shown.to_path_buf(),
        name: name.to_path_buf(),
        resource: Arc::new(resource),
        lines: OnceLock::new(),
    };
    let source = file.resource.source();
    let lines = || file.lines();
    let mut diagnostics: Vec<_> =
        errors.iter().take(MAX_SYNTAX_ERRORS).map(|error| syntax_error(&finding, source, lines(), error)).collect();
    // A file that is not Fluent at all would give one finding a line: say how many more.
    if let Some(next) = errors.get(MAX_SYNTAX_ERRORS) {
        let more = errors.len() - MAX_SYNTAX_ERRORS;
        let message = format!("{more} more syntax errors from here on; is this a Fluent file?");
        let help = "fix the errors above first, or check that the file was saved as Fluent (.ftl) text";
        diagnostics.push(finding(&codes::FTL001, message, help).at_indexed(source, lines(), next.pos.clone()));
    }
    // A replacement character is what is left of text once saved in the wrong encoding: the
    // file is read, but the damaged words must be retyped.
    if let Some(offset) = source.find(char::REPLACEMENT_CHARACTER) {
        let message = "the file holds U+FFFD (�), the mark of text damaged by a wrong encoding".to_string();
        let help = "retype the damaged words, and save the file as UTF-8";
        diagnostics.push(finding(&codes::FTL002, message, help).at_indexed(source, lines(), offset..offset + 3));
    }
    (Some(file), diagnostics)
}

/// The FTL001 finding for one parser error: the parser's reason, where it stopped, the message
/// it had to skip, and what usually fixes that kind of error.
fn syntax_error(
    finding: &impl Fn(&'static codes::Code, String, &str) -> Diagnostic,
    source: &str,
    lines: &LineIndex,
    error: &ParserError,
) -> Diagnostic {
    let reason = error.kind.to_string();
    let reason = reason[..1].to_lowercase() + &reason[1..];
    let swallowed = error.slice.clone().and_then(|junk| junk_ids(&source[junk]).next().map(str::to_string));
    let message = match &swallowed {
        Some(id) => format!("syntax error in `{id}`: {reason}"),
        None => format!("syntax error: {reason}"),
    };
    let help = match &error.kind {
        ErrorKind::ExpectedToken('}') => "close the placeable with `}`; to show a brace as text, write { \"{\" }",
        ErrorKind::UnbalancedClosingBrace => "remove the `}`, or write { \"}\" } to show it as text",
        ErrorKind::MissingDefaultVariant => "mark one variant as the default with `*`, as in `*[other]`",
        ErrorKind::ExpectedMessageField { .. } => "write the text after `=`, on the same line or indented below it",
        ErrorKind::ExpectedCharRange { .. } | ErrorKind::ExpectedToken(_) => {
            "compare this line with the reference; a continuation line must be indented"
        }
        _ => "compare this entry with the reference's and fix its syntax",
    };
    let help = format!("{help}; until it is fixed, this entry is left out and its text falls back");
    // A parser that ran off the end of the file stops past its last line: point at the end of
    // that line instead, where the text is.
    let end = source.trim_end_matches(['\n', '\r']).len();
    let at = if error.pos.start > end { end..end } else { error.pos.clone() };
    let diagnostic = finding(&codes::FTL001, message, &help).at_indexed(source, lines, at);
    match swallowed {
        Some(id) => diagnostic.about(id),
        None => diagnostic,
    }
}

/// The ids of the entries in a piece of junk: each line that starts like `id =` or `-id =`.
pub fn junk_ids(junk: &str) -> impl Iterator<Item = &str> {
    junk.lines().filter_map(definition_id)
}

/// Decodes a file as UTF-8 without its BOM, or says why not and where: the text up to the
/// problem, the problem's offset in it, and the reason.
fn decode(mut bytes: Vec<u8>) -> Result<String, (String, usize, String)> {
    // UTF-16 starts with a byte order mark, or, without one, has a zero byte in every ASCII
    // character: in the first two bytes of any file that starts with one.
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || bytes[..bytes.len().min(2)].contains(&0);
    if utf16 {
        return Err((String::new(), 0, "the file is UTF-16, not UTF-8".into()));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Taken as it is, not copied: a file is read once, and this is its text.
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = String::from_utf8_lossy(&err.as_bytes()[..err.utf8_error().valid_up_to()]).into_owned();
        let offset = valid.len();
        (valid, offset, "the file is not valid UTF-8 here".to_string())
    })?;
    if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
        return Err((text, offset, "the file holds a NUL character".into()));
    }
    Ok(text)
}

/// Input that would crash the parser rather than be reported by it.
#[derive(Debug, PartialEq, Eq)]
enum Hazard {
    /// A `{` nested deeper than [`MAX_NESTING`], at this offset: the parser recurses per level.
    TooDeep(usize),
    /// A `\u` or `\U` escape in a string literal followed by a non-ASCII character, at this
    /// offset: the parser slices into the middle of that character and panics.
    BadEscape(usize),
}

/// Scans for [`Hazard`]s. A line that starts a definition (`id =`, `-id =`) or a comment
/// starts a new entry, so braces left open before it (junk) do not count towards the nesting
/// that follows: the parser, if it was inside a placeable, stops there with an error. Any other
/// line, even one that starts with a letter (`FUNCTION({`), may be deeper inside a placeable.
fn guard(source: &str) -> Option<Hazard> {
    // Neither can be without a `\u` (or `\U`) or more braces than the limit, which a search
    // for each byte finds faster than the walk below (every file is guarded).
    let bytes = source.as_bytes();
    let escapes = memchr::memchr_iter(b'\\', bytes).any(|at| matches!(bytes.get(at + 1), Some(b'u' | b'U')));
    if !escapes && memchr::memchr_iter(b'{', bytes).count() <= MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if line.starts_with('#') || definition_id(line).is_some() {
            depth = 0;
        }
        if !line.starts_with('#') {
            let bytes = line.as_bytes();
            let mut in_string = false;
            let mut index = 0;
            while index < bytes.len() {
                match (in_string, bytes[index]) {
                    (true, b'\\') => {
                        let digits = match bytes.get(index + 1) {
                            Some(b'u') => 4,
                            Some(b'U') => 6,
                            _ => 1,
                        };
                        let end = (index + 2 + digits).min(bytes.len());
                        if digits > 1 && !bytes[index + 2..end].is_ascii() {
                            return Some(Hazard::BadEscape(offset + index));
                        }
                        index += 1;
                    }
                    (true, b'"') => in_string = false,
                    (false, b'"') if depth > 0 => in_string = true,
                    (false, b'{') => {
                        depth += 1;
                        if depth > MAX_NESTING {
                            return Some(Hazard::TooDeep(offset + index));
                        }
                    }
                    (false, b'}') => depth = depth.saturating_sub(1),
                    _ => {}
                }
                index += 1;
            }
        }
        offset += line.len();
    }
    None
}

thread_local! {
    /// Set while this thread runs the parser, whose panics are caught and reported as findings.
    static PARSING: Cell<bool> = const { Cell::new(false) };
}

/// Parses `source`, or returns `None` if the parser panicked. The panic is caught (one bad
/// file must not stop the others) and its message kept off the terminal, where it would read
/// like a crash of outreach.
fn parse_quietly(source: String) -> Option<(FluentResource, Vec<ParserError>)> {
    static QUIET_HOOK: Once = Once::new();
    QUIET_HOOK.call_once(|| {
        let default_hook = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !PARSING.with(Cell::get) {
                default_hook(info);
            }
        }));
    });
    PARSING.with(|parsing| parsing.set(true));
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| FluentResource::try_new(source)));
    PARSING.with(|parsing| parsing.set(false));
    match parsed.ok()? {
        Ok(resource) => Some((resource, Vec::new())),
        Err((resource, errors)) => Some((resource, errors)),
    }
}

/// The files a project configuration lists for one language, read `when` asked: each `(name,
/// path)` is the reference file it is checked against and where it is; `expected` is every
/// file the language should have (see [`LocaleFiles::expected`]), and `dir` the folder
/// findings name it by.
pub fn load_listed(
    root: &Path,
    tag: Tag,
    dir: PathBuf,
    files: Vec<(PathBuf, PathBuf)>,
    expected: BTreeMap<PathBuf, PathBuf>,
    when: Read,
) -> Result<(LocaleFiles, Vec<Diagnostic>)> {
    let locale =
        LocaleFiles { tag, dir, files: Vec::new(), unreadable: Vec::new(), expected: Some(expected), unread: None };
    LocaleFiles::from_files(root, locale, files, true, when)
}

/// Reads and parses the `unread` files into `locale`, in parallel; gives the findings about
/// them.
fn read_files(unread: &Unread, mut locale: LocaleFiles) -> Result<(LocaleFiles, Vec<Diagnostic>)> {
    let root = &unread.root;
    let results: Vec<_> = unread
        .files
        .par_iter()
        .map(|(name, path)| Ok((name.clone(), load_file(&locale.tag, path, &shown(root, path), name)?)))
        .collect::<Result<_>>()?;
    let mut diagnostics = Vec::new();
    for (name, (file, found)) in results {
        match file {
            Some(file) => locale.files.push(file),
            None => locale.unreadable.push(name),
        }
        diagnostics.extend(found);
    }
    if unread.sort {
        locale.files.sort_by(|a, b| a.name.cmp(&b.name));
    }
    Ok((locale, diagnostics))
}

/// Finds the `.ftl` files under `dir`. Links, and `.ftl` names that are not files (a pipe
/// would block the read for ever), are collected in `passed` with the reason, not read: a link
/// could lead anywhere on the computer.
pub fn find_ftl_files(dir: &Path, found: &mut Vec<PathBuf>, passed: &mut Vec<(PathBuf, &'static str)>) -> Result<()> {
    for path in read_dir_sorted(dir)? {
        if path.is_symlink() {
            passed.push((path, "a link, which is not followed"));
        } else if path.is_dir() {
            find_ftl_files(&path, found, passed)?;
        } else if path.extension().is_some_and(|ext| ext == "ftl") {
            if path.is_file() {
                found.push(path);
            } else {
                passed.push((path, "not a file (a pipe or a device?), which is not read"));
            }
        }
    }
    Ok(())
}

/// The entries of a folder, sorted so that every run sees them in the same order.
fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).with_context(|| format!("failed to read the folder `{}`", dir.display()))?;
    let mut paths = entries
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("failed to read the folder `{}`", dir.display()))?;
    paths.sort();
    Ok(paths)
}

/// The path as findings show it: relative to the project's folder when it is inside it.
fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_rejects_utf16_and_nul() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = b".to_vec()).unwrap(), "a = b");
        assert!(decode(b"\xFF\xFEa\0".to_vec()).unwrap_err().2.contains("UTF-16"));
        assert!(decode(b"a\0=\0".to_vec()).unwrap_err().2.contains("UTF-16"));
        assert_eq!(decode(b"\xEF\xBB\xBFa = \xC3(".to_vec()).unwrap_err().1, 4);
        assert_eq!(decode(b"a = b\nc\0".to_vec()).unwrap_err().1, 7);
    }

    #[test]
    fn nesting_guard_finds_the_first_deep_brace() {
        let deep = format!("a = {}", "{".repeat(MAX_NESTING + 5));
        assert_eq!(guard(&deep), Some(Hazard::TooDeep(4 + MAX_NESTING)));
        assert_eq!(guard("a = { b } { c }"), None);
    }

    #[test]
    fn braces_in_strings_and_separate_entries_do_not_nest() {
        let many_entries = "a = { \"{\" }\nb = {\n".repeat(MAX_NESTING * 2);
        assert_eq!(guard(&many_entries), None);
    }

    #[test]
    fn escape_that_would_crash_the_parser_is_found() {
        let source = "ok = fine\nkey = { \"\\u00é\" }\n";
        assert_eq!(guard(source), Some(Hazard::BadEscape(source.find('\\').unwrap())));
        assert_eq!(guard("key = { \"\\u00E9\" }"), None);
        assert!(parse_quietly("key = { \"\\u00E9\" }".into()).is_some());
        // The hazard is real: unguarded, the parser panics on it, quietly.
        assert!(parse_quietly(source.into()).is_none());
    }
}
