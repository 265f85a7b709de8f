//! Fluent bundles and the [`Localizer`] that templates translate through: one bundle per
//! language, a fallback chain (`es-MX → es → en-US`), and the manifest's contacts as terms.
//!
//! Contacts reach a translation as terms (`{ -hotline-phone }`), but the bundle does not hold
//! their text: each contact term is a private-use marker that [`Localizer`] replaces after
//! formatting. That way a number is never touched by number formatting, is wrapped in a
//! left-to-right link in HTML, and stays plain text (no invisible bidi characters) in titles
//! and attributes.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use fluent_bundle::FluentArgs;
use fluent_syntax::ast::Pattern;
use minijinja::HtmlEscape;
use minijinja::value::{Enumerator, Object, Value};

use crate::config::{Config, Contact, Status};
use crate::fluent::{Bundle, Contacts, MARK_END, MARK_START, is_untranslated};
use crate::tag::Tag;
use crate::text::is_bidi_control;

/// Why a message could not be formatted at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupError {
    /// The reference has no such message or attribute: the template asks for the wrong id.
    Unknown(String),
    /// The reference itself fails to format it (e.g. an unknown variable).
    Broken(String),
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LookupError::Unknown(id) => {
                write!(f, "the reference has no message `{id}`: fix the id, or add the message to the reference")
            }
            LookupError::Broken(reason) => f.write_str(reason),
        }
    }
}

/// Why a message of a language was not shown in that language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// The language does not have the message (or the attribute).
    Missing,
    /// The language has it, but it fails to format; the reason follows.
    Broken(String),
    /// The language has it, word for word the same as the reference: not translated yet.
    SameAsReference,
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Gap::Missing => f.write_str("missing"),
            Gap::Broken(reason) => write!(f, "does not format: {reason}"),
            Gap::SameAsReference => f.write_str("still the reference's text"),
        }
    }
}

/// A formatted message, with the language it came from when that is not the page's.
struct Formatted {
    text: String,
    fallback: Option<Tag>,
}

/// Formats messages for one language along its fallback chain, and remembers which ids it
/// could not show in the language itself, so that a document can be held back when it is not
/// fully translated.
pub struct Localizer {
    tag: Tag,
    name: String,
    english_name: String,
    status: Status,
    is_source: bool,
    chain: Vec<(Tag, Arc<Bundle>)>,
    contacts: Arc<Contacts>,
    gaps: Mutex<BTreeMap<String, Gap>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).finish_non_exhaustive()
    }
}

impl Localizer {
    /// A localizer for `tag`, trying `chain` in order: the language itself first, the
    /// reference last.
    pub fn new(config: &Config, tag: &Tag, chain: Vec<(Tag, Arc<Bundle>)>, contacts: Arc<Contacts>) -> Localizer {
        let meta = config.locale_meta(tag);
        Localizer {
            tag: tag.clone(),
            name: meta.map_or_else(|| tag.to_string(), |meta| meta.name.clone()),
            english_name: meta.map_or_else(|| tag.to_string(), |meta| meta.english_name.clone()),
            status: if config.is_reviewed(tag) { Status::Reviewed } else { Status::Draft },
            is_source: *tag == config.source_locale,
            chain,
            contacts,
            gaps: Mutex::new(BTreeMap::new()),
        }
    }

    /// The language's tag.
    pub fn tag(&self) -> &Tag {
        &self.tag
    }

    /// `rtl` or `ltr`, from the language's tag.
    pub fn dir(&self) -> &'static str {
        self.tag.direction()
    }

    /// The ids shown since the last call that were not in the language itself, and why.
    pub fn take_gaps(&self) -> Vec<(String, Gap)> {
        let mut gaps = self.gaps.lock().unwrap_or_else(|poison| poison.into_inner());
        std::mem::take(&mut *gaps).into_iter().collect()
    }

    /// Formats `id` (or `id.attribute`) as escaped HTML: contacts as left-to-right links, and
    /// text from a fallback language marked with that language and its direction.
    pub fn html(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, LookupError> {
        let Formatted { text, fallback } = self.format(id, args)?;
        let html = self.fill_contacts(&text, true);
        Ok(match fallback {
            Some(tag) => format!("<span lang=\"{tag}\" dir=\"{}\">{html}</span>", tag.direction()),
            None => html,
        })
    }

    /// Formats `id` (or `id.attribute`) as plain text for titles and attributes, without any
    /// invisible bidi control characters.
    pub fn plain(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, LookupError> {
        let Formatted { text, .. } = self.format(id, args)?;
        let text = self.fill_contacts(&text, false);
        Ok(text.chars().filter(|&c| !is_bidi_control(c)).collect())
    }

    /// Formats a message with its contact markers still in it, along the fallback chain.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<Formatted, LookupError> {
        // The reference decides which ids exist, whatever a translation happens to define.
        let Some((reference_tag, reference)) = self.chain.last().filter(|(_, bundle)| pattern_in(bundle, id).is_some())
        else {
            return Err(LookupError::Unknown(id.to_string()));
        };
        let mut gap = Gap::Missing;
        let mut failure = None;
        for (depth, (tag, bundle)) in self.chain.iter().enumerate() {
            match format_in(bundle, id, args) {
                None => continue,
                Some(Err(reason)) => {
                    // A translation that does not format (an unknown variable, say) must not
                    // print `{$name}` on a flyer: the next language in the chain takes over.
                    if depth == 0 {
                        gap = Gap::Broken(reason.clone());
                    }
                    failure = Some(reason);
                }
                Some(Ok(text)) => {
                    // `check` calls the same text untranslated (FTL050): one definition for both.
                    let same_as_reference = depth == 0
                        && pattern_in(bundle, id)
                            .zip(pattern_in(reference, id))
                            .is_some_and(|(mine, theirs)| is_untranslated(id, theirs, mine, tag, reference_tag));
                    if depth > 0 || same_as_reference {
                        self.note_gap(id, if same_as_reference { Gap::SameAsReference } else { gap });
                    }
                    let fallback = (depth > 0).then(|| tag.clone());
                    return Ok(Formatted { text, fallback });
                }
            }
        }
        // The reference has the message (checked above), so only its own failure gets here.
        Err(LookupError::Broken(failure.unwrap_or_default()))
    }

    fn note_gap(&self, id: &str, gap: Gap) {
        let mut gaps = self.gaps.lock().unwrap_or_else(|poison| poison.into_inner());
        gaps.entry(id.to_string()).or_insert(gap);
    }

    /// Replaces the contact markers in formatted text with the contacts: as links in `html`
    /// (where the rest of the text is escaped), as plain text otherwise.
    fn fill_contacts(&self, text: &str, html: bool) -> String {
        let piece = |out: &mut String, text: &str| out.push_str(&if html { escape(text) } else { text.to_string() });
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find(MARK_START) {
            piece(&mut out, &rest[..start]);
            let after = &rest[start + MARK_START.len_utf8()..];
            let found = after.find(MARK_END).and_then(|end| Some((self.contacts.by_index(&after[..end])?, end)));
            rest = match found {
                Some((contact, end)) => {
                    out.push_str(&if html { contact_link(contact) } else { contact.text.clone() });
                    &after[end + MARK_END.len_utf8()..]
                }
                // A stray marker character typed into a translation is dropped.
                None => after,
            };
        }
        piece(&mut out, rest);
        out
    }
}

/// What templates see as `lang`: `lang.tag`, `lang.dir`, `lang.name` (autonym),
/// `lang.english_name`, `lang.status` and `lang.is_source`; `t()` translates through it.
impl Object for Localizer {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        Some(match key.as_str()? {
            "tag" => Value::from(self.tag.to_string()),
            "dir" => Value::from(self.dir()),
            "name" => Value::from(self.name.clone()),
            "english_name" => Value::from(self.english_name.clone()),
            "status" => Value::from(match self.status {
                Status::Draft => "draft",
                Status::Reviewed => "reviewed",
            }),
            "is_source" => Value::from(self.is_source),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&["tag", "dir", "name", "english_name", "status", "is_source"])
    }
}

/// Formats `id` (or `id.attribute`) in one bundle: `None` if the bundle lacks it, the reason
/// if it does not format.
fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<Result<String, String>> {
    let pattern = pattern_in(bundle, id)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Some(Ok(text.into_owned()))
    } else {
        let reasons: Vec<_> = errors.iter().map(ToString::to_string).collect();
        Some(Err(format!("`{id}`: {}", reasons.join("; "))))
    }
}

/// The pattern of `id` (or `id.attribute`) in one bundle, if it has one.
fn pattern_in<'b>(bundle: &'b Bundle, id: &str) -> Option<&'b Pattern<&'b str>> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    match attribute {
        Some(name) => Some(message.get_attribute(name)?.value()),
        None => message.value(),
    }
}

/// A contact as HTML: a link, isolated left to right so that it reads the same inside
/// right-to-left text.
pub fn contact_link(contact: &Contact) -> String {
    format!("<a class=\"contact\" dir=\"ltr\" href=\"{}\">{}</a>", escape(&contact.href), escape(&contact.text))
}

fn escape(text: &str) -> String {
    HtmlEscape(text).to_string()
}

/// The contacts by name, as templates see them: `contacts["hotline-phone"].href`.
pub fn contacts_value(contacts: &Contacts) -> Value {
    Value::from_pairs(contacts.iter().map(|(name, contact)| {
        let fields = [("text", contact.text.clone()), ("href", contact.href.clone())];
        (name.to_string(), Value::from_pairs(fields))
    }))
}
