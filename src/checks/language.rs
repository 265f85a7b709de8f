//! One language's messages and terms indexed by id, each with its file and position, as the
//! checks look them up.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::path::Path;

use fluent_syntax::ast::{self, Attribute, Pattern};

use crate::catalog::{FtlFile, LocaleFiles, junk_ids};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::Code;
use crate::fluent::walk::{Use, any_use, walk};
use crate::tag::Tag;
use crate::text::digit_value;

/// One language's entries.
pub struct Language<'a> {
    /// The language's files.
    pub locale: &'a LocaleFiles,
    /// Each id's first definition, which is the one that counts at run time.
    pub entries: Entries<'a>,
    /// Later definitions of ids already defined.
    pub duplicates: Vec<(Entry<'a>, Entry<'a>)>,
    /// Ids of entries the parser could not read, already reported as syntax errors.
    pub swallowed: BTreeSet<String>,
    /// The ids each file defines, in the file's order.
    pub by_file: BTreeMap<&'a Path, Vec<&'a str>>,
}

impl<'a> Language<'a> {
    /// Indexes the entries of a language's files.
    pub fn new(locale: &'a LocaleFiles) -> Self {
        let mut language = Language {
            locale,
            entries: Entries::default(),
            duplicates: Vec::new(),
            swallowed: BTreeSet::new(),
            by_file: BTreeMap::new(),
        };
        for file in &locale.files {
            let ids = language.by_file.entry(&file.name).or_default();
            for entry in file.resource.entries() {
                let entry = match entry {
                    ast::Entry::Message(message) => Entry {
                        id: message.id.name,
                        tag: &locale.tag,
                        file,
                        is_term: false,
                        value: message.value.as_ref(),
                        attributes: &message.attributes,
                        span: span_of(file, message.id.name),
                    },
                    ast::Entry::Term(term) => {
                        // The id as written, with its `-`: the parser leaves the `-` out.
                        let span = with_sigil(span_of(file, term.id.name));
                        Entry {
                            id: &file.resource.source()[span.clone()],
                            tag: &locale.tag,
                            file,
                            is_term: true,
                            value: Some(&term.value),
                            attributes: &term.attributes,
                            span,
                        }
                    }
                    ast::Entry::Junk { content } => {
                        language.swallowed.extend(junk_ids(content).map(str::to_string));
                        continue;
                    }
                    _ => continue,
                };
                ids.push(entry.id);
                match language.entries.get(entry.id) {
                    Some(first) => language.duplicates.push((first.clone(), entry)),
                    None => language.entries.push(entry),
                }
            }
        }
        language.entries.sort();
        language
    }

    /// The language's tag.
    pub fn tag(&self) -> &'a Tag {
        &self.locale.tag
    }

    /// The entry called `id` (terms with their `-`): its first definition.
    pub fn get(&self, id: &str) -> Option<&Entry<'a>> {
        self.entries.get(id)
    }

    /// The entry called `id` as the file `name` defines it (its first definition there).
    pub fn entry_in(&self, name: &Path, id: &str) -> Option<&Entry<'a>> {
        let first = self.entries.get(id)?;
        if same_name(&first.file.name, name) {
            return Some(first);
        }
        self.duplicates.iter().map(|(_, again)| again).find(|again| again.id == id && same_name(&again.file.name, name))
    }

    /// Whether the language has the file `name`, read or not.
    pub fn has_file(&self, name: &Path) -> bool {
        self.by_file.contains_key(name) || self.is_unreadable(name)
    }

    /// Whether the language's file `name` could not be read or parsed.
    pub fn is_unreadable(&self, name: &Path) -> bool {
        self.locale.unreadable.iter().any(|unreadable| unreadable == name)
    }
}

/// A language's entries, each id's first definition: in the order of their ids, and found by
/// id in a hash table. Every language's entries are looked up by the reference's ids several
/// times over: in an ordered map, those lookups' string comparisons took a tenth of a check
/// (perf, mozilla.org's tree).
#[derive(Default)]
pub struct Entries<'a> {
    /// In the order of their ids, once [sorted](Entries::sort).
    sorted: Vec<Entry<'a>>,
    /// Where each id is in `sorted`.
    index: FxHashMap<&'a str, usize>,
}

impl<'a> Entries<'a> {
    /// The entry called `id`.
    pub fn get(&self, id: &str) -> Option<&Entry<'a>> {
        self.index.get(id).map(|&at| &self.sorted[at])
    }

    /// Every entry, in the order of their ids.
    pub fn values(&self) -> std::slice::Iter<'_, Entry<'a>> {
        self.sorted.iter()
    }

    /// Every id, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.sorted.iter().map(|entry| entry.id)
    }

    /// Adds an entry whose id is not there yet.
    fn push(&mut self, entry: Entry<'a>) {
        self.index.insert(entry.id, self.sorted.len());
        self.sorted.push(entry);
    }

    /// Puts the entries in the order of their ids, once all are in.
    fn sort(&mut self) {
        self.sorted.sort_unstable_by(|a, b| a.id.cmp(b.id));
        for (at, entry) in self.sorted.iter().enumerate() {
            self.index.insert(entry.id, at);
        }
    }
}

/// A message or term, where it is defined, and what it holds.
#[derive(Clone)]
pub struct Entry<'a> {
    /// The id; a term's starts with `-`. (A slice of the file's text, as every name is.)
    pub id: &'a str,
    /// The language it belongs to.
    pub tag: &'a Tag,
    /// The file that defines it.
    pub file: &'a FtlFile,
    /// Whether it is a term.
    pub is_term: bool,
    /// Its value, if it has one (a term always has one).
    pub value: Option<&'a Pattern<&'a str>>,
    /// Its attributes.
    pub attributes: &'a [Attribute<&'a str>],
    /// Where its id is in the file.
    pub span: Range<usize>,
}

impl<'a> Entry<'a> {
    /// Whether its comment says one of `phrases` (in any case): "keep the English", "use your
    /// own link" — what a translator was told they may do is not a mistake.
    pub fn comment_says(&self, phrases: &[&str]) -> bool {
        // Read from the text: the runtime parser that the files are loaded with (fluent-bundle's)
        // drops comments, and they are needed only here, for a finding about to be made.
        let source = self.file.resource.source();
        let line = source[..self.span.start].rfind('\n').map_or(0, |at| at + 1);
        let mut comment = source[..line].lines().rev().take_while(|line| line.starts_with("# ") || *line == "#");
        comment.any(|line| {
            let line = line.to_lowercase();
            phrases.iter().any(|phrase| line.contains(phrase))
        })
    }

    /// A finding about `span` of this entry's file.
    pub fn finding_at(&self, code: &'static Code, span: Range<usize>, message: String, help: String) -> Diagnostic {
        let finding = Diagnostic::in_file(code, self.tag, &self.file.path, message, help);
        self.file.locate(finding, span).about(self.id)
    }

    /// A finding about this entry, shown at its id.
    pub fn finding(&self, code: &'static Code, message: String, help: String) -> Diagnostic {
        self.finding_at(code, self.span.clone(), message, help)
    }

    /// Where `slice`, a part of this entry's text, is in its file.
    pub fn span_of(&self, slice: &str) -> Range<usize> {
        span_of(self.file, slice)
    }

    /// Where a name is, with the `$` or `-` written before it (`$name`, `-term`).
    pub fn span_with_sigil(&self, name: &str) -> Range<usize> {
        with_sigil(span_of(self.file, name))
    }

    /// Whether anything its value or attributes use satisfies `test`.
    pub fn any_use(&self, mut test: impl FnMut(Use<'a>) -> bool) -> bool {
        // Its patterns as they are, not `slots`, which places each: asked of every entry.
        let attributes = self.attributes.iter().map(|attribute| &attribute.value);
        self.value.into_iter().chain(attributes).any(|pattern| any_use(pattern, &mut test))
    }

    /// The value (if any), then each attribute.
    pub fn slots(&self) -> Vec<Slot<'a>> {
        let value =
            self.value.map(|pattern| Slot { attribute: None, pattern, span: self.span.clone(), marks: Marks::ANY });
        let attributes = self.attributes.iter().map(|attribute| Slot {
            attribute: Some(attribute.id.name),
            pattern: &attribute.value,
            span: span_of(self.file, attribute.id.name),
            marks: Marks::ANY,
        });
        value.into_iter().chain(attributes).collect()
    }

    /// The value and each attribute this entry shares with the reference's entry, whose
    /// `scanned` slots are given, side by side: the reference's first. Both are scanned.
    pub fn shared_slots(&self, scanned: &[Slot<'a>]) -> Vec<(Slot<'a>, Slot<'a>)> {
        let mine = self.slots();
        scanned
            .iter()
            .filter_map(|theirs| {
                let matching = mine.iter().find(|slot| slot.attribute == theirs.attribute)?;
                Some((theirs.clone(), matching.clone().scanned()))
            })
            .collect()
    }
}

/// A message's value or one of its attributes.
#[derive(Clone)]
pub struct Slot<'a> {
    /// The attribute's name, or `None` for the value.
    pub attribute: Option<&'a str>,
    /// The text.
    pub pattern: &'a Pattern<&'a str>,
    /// Where the entry's id (for the value) or the attribute's name is.
    pub span: Range<usize>,
    /// What its text holds ([`Marks::ANY`] until it is [scanned](Slot::scanned)).
    pub marks: Marks,
}

/// What a value's or attribute's text may hold, found in one pass over its bytes. The checks
/// that compare a translation's text with the reference's ask first and pass by the texts
/// that hold nothing they look for, which are most: without this, each family walked every
/// text of every language again (measured with perf on a 100-language tree).
#[derive(Clone, Copy, Debug)]
pub struct Marks {
    /// A `<`, which every tag starts with.
    pub angle: bool,
    /// A digit of any script, a number literal, or a term (a contact term prints a number).
    pub number: bool,
    /// What a link or an address needs: a `.`, and a `:`, an `@` or `www.`.
    pub link: bool,
}

impl Marks {
    /// Anything may be there: the marks of a text not scanned.
    pub const ANY: Marks = Marks { angle: true, number: true, link: true };

    /// The marks of `pattern`'s text.
    pub fn of(pattern: &Pattern<&str>) -> Marks {
        let mut marks = Marks { angle: false, number: false, link: false };
        walk(pattern, &mut |used| match used {
            Use::Text(text) => {
                let (mut dot, mut colon_or_at, mut wide) = (false, false, false);
                for &byte in text.as_bytes() {
                    match byte {
                        b'<' => marks.angle = true,
                        b'0'..=b'9' => marks.number = true,
                        b'.' => dot = true,
                        b':' | b'@' => colon_or_at = true,
                        0x80.. => wide = true,
                        _ => {}
                    }
                }
                marks.link |= dot && (colon_or_at || text.contains("www."));
                marks.number |= wide && !marks.number && text.chars().any(|c| digit_value(c).is_some());
            }
            Use::Number(_) | Use::Term(..) => marks.number = true,
            _ => {}
        });
        marks
    }
}

impl Slot<'_> {
    /// The slot with its [`Marks`] found.
    pub fn scanned(self) -> Self {
        Slot { marks: Marks::of(self.pattern), ..self }
    }

    /// How findings name it: `id` or `id.attribute`.
    pub fn label(&self, id: &str) -> String {
        match self.attribute {
            Some(attribute) => format!("{id}.{attribute}"),
            None => id.to_string(),
        }
    }
}

/// Whether two names of files inside a language folder are the same file. The catalog builds
/// every language's names the same way, so their bytes are equal exactly when the paths are:
/// comparing the bytes is a `memcmp`, where `Path`'s `==` splits both into components (a
/// quarter of a whole tree's check, measured with perf, when it ran for every message).
pub fn same_name(a: &Path, b: &Path) -> bool {
    a.as_os_str() == b.as_os_str()
}

/// Where `slice`, a part of `file`'s text handed out by the parser, is in that text.
pub fn span_of(file: &FtlFile, slice: &str) -> Range<usize> {
    let source = file.resource.source();
    let start = (slice.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
    if start <= source.len() && start + slice.len() <= source.len() { start..start + slice.len() } else { 0..0 }
}

/// A span widened to the one-byte sigil (`$`, `-`) the parser leaves out of a name.
fn with_sigil(span: Range<usize>) -> Range<usize> {
    span.start.saturating_sub(1)..span.end
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast;

    use super::Marks;

    fn marks(value: &str) -> Marks {
        let source = format!("m = {value}\n");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("a message");
        let Some(ast::Entry::Message(message)) = resource.body.first() else { panic!("no message in {source}") };
        Marks::of(message.value.as_ref().expect("a value"))
    }

    #[test]
    fn marks_see_everything_the_checks_look_for() {
        let tagged = marks("Call <b>now</b>");
        assert!(tagged.angle && !tagged.number && !tagged.link);
        assert!(marks("اتصل ١-٨٨٨").number, "digits of another script");
        assert!(marks("{ -hotline-phone }").number, "a contact term prints a number");
        assert!(marks("{ 5 } times").number);
        assert!(marks("{ $n ->\n    [one] 1 thing\n   *[other] many\n}").number, "a variant's digits");
        assert!(marks("see https://example.org").link);
        assert!(marks("write to help@example.org").link);
        assert!(marks("go to www.example.org").link);
        let plain = marks("Plain words and nothing else");
        assert!(!plain.angle && !plain.number && !plain.link);
    }
}
