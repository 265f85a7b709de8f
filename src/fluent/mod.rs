//! Fluent facts that both the checks and the renderer rely on, below both: each language's
//! bundle (with the manifest's contacts as terms), its fallback chain, a walk over everything a
//! pattern uses, and what "untranslated" means. Takes the catalog and the manifest's contacts;
//! gives bundles and answers, never findings or pages.

pub mod walk;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::Pattern;

use crate::catalog::LocaleFiles;
use crate::config::{Contact, Identifier};
use crate::tag::Tag;
use walk::typed;

/// A thread-safe Fluent bundle over the catalog's parsed files.
pub type Bundle = FluentBundle<Arc<FluentResource>>;

/// Starts a contact marker; the contact's index and [`MARK_END`] follow.
pub const MARK_START: char = '\u{E000}';
/// Ends a contact marker.
pub const MARK_END: char = '\u{E001}';

/// The manifest's contacts, in the order their markers number them.
#[derive(Debug)]
pub struct Contacts {
    entries: Vec<(String, Contact)>,
    resource: Arc<FluentResource>,
}

impl Contacts {
    /// Prepares the manifest's contacts as a Fluent resource of marker terms.
    pub fn new(contacts: &BTreeMap<Identifier, Contact>) -> Contacts {
        let entries: Vec<_> = contacts.iter().map(|(name, contact)| (name.0.clone(), contact.clone())).collect();
        let source: String = entries
            .iter()
            .enumerate()
            .map(|(index, (name, _))| format!("-{name} = {MARK_START}{index}{MARK_END}\n"))
            .collect();
        // The names are validated identifiers, so this source always parses.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
        Contacts { entries, resource: Arc::new(resource) }
    }

    /// The contacts by name, in the order their markers number them.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Contact)> {
        self.entries.iter().map(|(name, contact)| (name.as_str(), contact))
    }

    /// The contact called `name` in the manifest.
    pub fn by_name(&self, name: &str) -> Option<&Contact> {
        self.entries.iter().find(|(entry, _)| entry == name).map(|(_, contact)| contact)
    }

    /// The contact whose marker holds `index`.
    pub fn by_index(&self, index: &str) -> Option<&Contact> {
        self.entries.get(index.parse::<usize>().ok()?).map(|(_, contact)| contact)
    }
}

/// Builds one language's bundle from its files, with the contacts as terms that a
/// translation cannot redefine.
pub fn build_bundle(locale: &LocaleFiles, contacts: &Contacts) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale.tag.0.clone()]);
    // Isolation marks would end up in `<title>` and attributes; HTML output isolates
    // contacts with `dir="ltr"` instead.
    bundle.set_use_isolating(false);
    bundle.add_builtins().ok();
    for file in &locale.files {
        // A duplicate id keeps its first definition; `check` reports it as FTL004.
        bundle.add_resource(Arc::clone(&file.resource)).ok();
    }
    bundle.add_resource_overriding(Arc::clone(&contacts.resource));
    bundle
}

/// Whether a translation's value or attribute `id` is still the reference's text: the same
/// pattern, word for word, in a language other than the reference's own, and prose (two words
/// or more). Terms (`-id`), text without words, and a regional variant of the reference's
/// language (en-GB may say what en-US says) may be the same. `check` reports such text as
/// FTL050 and `build` does not publish it as translated: both ask here.
pub fn is_untranslated(
    id: &str,
    reference: &Pattern<&str>,
    translation: &Pattern<&str>,
    tag: &Tag,
    source: &Tag,
) -> bool {
    tag.0.language != source.0.language
        && !id.starts_with('-')
        && reference == translation
        && prose_words(translation) >= 2
}

/// How many different words a pattern's typed text has, as prose counts them: two or more read
/// as a sentence, while a single word is often a name, a code or an access key, which stay the
/// same in translation. Words in capitals (`[OPTION]`, `FILE`) are a command's placeholders,
/// so are words in brackets (`[options]`), `vs` joins two names, and tags (`<span>`) are markup,
/// not words; a word repeated counts once
/// (`expr [OPTION]` on two lines of a command's usage).
pub fn prose_words(pattern: &Pattern<&str>) -> usize {
    let text = without_tags(&typed(pattern).collect::<Vec<_>>().join(" "));
    let words: BTreeSet<&str> = text
        .split_whitespace()
        // A word in brackets is a command's placeholder (`hostid [options]`).
        .filter(|word| !word.starts_with('[') && !word.ends_with(']'))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().count() >= 2 && word.chars().all(char::is_alphabetic))
        .filter(|word| !word.chars().all(char::is_uppercase) && !matches!(*word, "vs" | "versus"))
        .collect();
    words.len()
}

/// `text` with its HTML-like tags (`<span>`, `</a>`) blanked out.
pub fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The languages `tag` falls back to, nearest first, ending with the reference: `es-MX` →
/// `es` → `en-US`. A shorter tag is a parent only if it keeps the script, so `zh-Hant` does
/// not fall back to `zh` (Simplified).
pub fn fallback_chain(tag: &Tag, source: &Tag, available: &BTreeSet<Tag>) -> Vec<Tag> {
    let mut chain = vec![tag.clone()];
    let script_of = |tag: &Tag| {
        let mut id = tag.0.clone();
        id.maximize();
        id.script
    };
    let mut current = tag.0.clone();
    loop {
        let parts = current.to_string();
        let Some((parent, _)) = parts.rsplit_once('-') else {
            break;
        };
        let Ok(parent) = Tag::parse(parent) else {
            break;
        };
        if available.contains(&parent) && script_of(&parent) == script_of(tag) && !chain.contains(&parent) {
            chain.push(parent.clone());
        }
        current = parent.0;
    }
    if !chain.contains(source) {
        chain.push(source.clone());
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> BTreeSet<Tag> {
        list.iter().map(|tag| Tag::parse(tag).unwrap()).collect()
    }

    fn chain(tag: &str, available: &[&str]) -> Vec<String> {
        let source = Tag::parse("en-US").unwrap();
        fallback_chain(&Tag::parse(tag).unwrap(), &source, &tags(available)).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn regional_language_falls_back_to_its_parent_then_the_reference() {
        assert_eq!(chain("es-MX", &["en-US", "es", "es-MX"]), ["es-MX", "es", "en-US"]);
        assert_eq!(chain("es-MX", &["en-US", "es-MX"]), ["es-MX", "en-US"]);
        assert_eq!(chain("en-US", &["en-US"]), ["en-US"]);
    }

    #[test]
    fn traditional_chinese_never_falls_back_to_simplified() {
        assert_eq!(chain("zh-Hant", &["en-US", "zh", "zh-Hant"]), ["zh-Hant", "en-US"]);
        assert_eq!(chain("zh-Hans", &["en-US", "zh", "zh-Hans"]), ["zh-Hans", "zh", "en-US"]);
    }
}
