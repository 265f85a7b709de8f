//! Stage 1, config: reads the campaign manifest (`outreach.toml`), rejects anything it does not
//! understand, and gives a [`Config`] whose paths are resolved against the manifest's folder.
//!
//! Values are validated while they are deserialised (language tags, contacts, document names),
//! so that toml reports the line and column of the offending key; what needs the file system
//! (the reference folder, the templates) is checked right after.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::diagnostics::Level;
use crate::diagnostics::codes::CodeKey;
use crate::tag::Tag;
use crate::text::{is_bidi_control, is_identifier};

/// The validated campaign manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// The folder the manifest is in; every other path is relative to it.
    #[serde(skip)]
    pub root: PathBuf,
    /// The manifest file itself, for error messages.
    #[serde(skip)]
    pub manifest_path: PathBuf,
    /// The reference language, which every translation is compared with and falls back to.
    pub source_locale: Tag,
    /// Where the `<tag>/*.ftl` folders are.
    #[serde(default = "default_locales_dir")]
    pub locales_dir: PathBuf,
    /// Where the minijinja templates and the `assets/` folder are.
    #[serde(default = "default_templates_dir")]
    pub templates_dir: PathBuf,
    /// Where `build` writes the site.
    #[serde(default = "default_output_dir")]
    pub output_dir: PathBuf,
    /// The published address of the output folder, for canonical and `hreflang` links.
    #[serde(default)]
    pub base_url: Option<BaseUrl>,
    /// Where the quick-exit control of every reader's page goes: a neutral site that a
    /// person who is watched can show instead of the page.
    #[serde(default)]
    pub quick_exit: QuickExit,
    /// The template of the language picker (`index.html` at the top of the output).
    #[serde(default = "default_picker_template")]
    pub picker_template: String,
    /// Verified contacts, which every language receives as Fluent terms `-<name>`.
    #[serde(default)]
    pub contacts: BTreeMap<Identifier, Contact>,
    /// Metadata of the languages, in the order the language picker lists them.
    #[serde(default, rename = "locale")]
    pub locales: Vec<LocaleMeta>,
    /// The documents rendered for every language.
    #[serde(default, rename = "document")]
    pub documents: Vec<Document>,
    /// Per-code severity overrides for `check`.
    #[serde(default)]
    pub checks: BTreeMap<CodeKey, Level>,
    /// What one Fluent bundle holds at run time, which decides where a message is expected:
    /// outreach's own build loads all of a language's files into one bundle.
    #[serde(default = "Bundle::language")]
    pub bundle: Bundle,
}

/// What the application loads into one Fluent bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Bundle {
    /// All of a language's files together (as outreach's build does): a message is expected
    /// once in the language, in any of its files, and an id defined in two files is a
    /// conflict.
    Language,
    /// Each file on its own (a web page per file, as most Mozilla projects do, and as
    /// compare-locales counts): a message is expected in the file where the reference
    /// defines it, in each such file.
    File,
}

impl Bundle {
    fn language() -> Bundle {
        Bundle::Language
    }
}

/// A contact: a fact that is shown as `text` and linked as `href`, never translated.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawContact")]
pub struct Contact {
    /// How the contact is printed, e.g. `1-888-373-7888`.
    pub text: String,
    /// Where a link to it goes, e.g. `tel:+18883737888`.
    pub href: String,
}

/// Metadata of one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language tag, which is also the name of its folder under `locales/`.
    pub tag: Tag,
    /// The language's name in itself (autonym), shown in the language picker.
    pub name: String,
    /// The language's name in English, printed on the "I speak" line for the hotline.
    pub english_name: String,
    /// Whether a native speaker has reviewed the translation, as the manifest says.
    #[serde(default)]
    pub status: Status,
    /// Whether a reviewer approved every message in the workbench (`review.toml`): not in the
    /// manifest, but worked out from the files when the campaign is loaded.
    #[serde(skip)]
    pub approved: bool,
}

impl LocaleMeta {
    /// Whether the language is reviewed: the manifest says so, or every message is approved.
    pub fn is_reviewed(&self) -> bool {
        self.status == Status::Reviewed || self.approved
    }
}

/// Whether a translation has been reviewed by a human native speaker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not yet reviewed: shown with a notice.
    #[default]
    Draft,
    /// Reviewed by a native speaker.
    Reviewed,
}

/// A document rendered once per language.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Document {
    /// The document's name, e.g. `flyer`; templates link documents by it.
    pub name: Identifier,
    /// The template file, relative to the templates folder.
    pub template: String,
    /// The file name written into each language's folder (default `<name>.html`).
    #[serde(default)]
    pub output: Option<FileName>,
    /// Whether a message may fall back to a parent language or the reference. With `false`,
    /// the document is published for a language only when all of its text is translated.
    #[serde(default = "yes")]
    pub fallback: bool,
    /// The paper sizes `build --pdf` prints the document on (none: it is not printed).
    #[serde(default)]
    pub paper: Vec<Paper>,
    /// Whether the language picker shows a small picture of this document for each language
    /// (made by `build --pdf` or `build --previews`).
    #[serde(default)]
    pub preview: bool,
}

impl Document {
    /// The file name this document is written to inside a language's folder.
    pub fn output_file(&self) -> String {
        match &self.output {
            Some(name) => name.0.clone(),
            None => format!("{}.html", self.name),
        }
    }

    /// Its page in the output folder for language `tag`, as the server and the dashboard name
    /// pages: `es/flyer.html`.
    pub fn page(&self, tag: &Tag) -> String {
        format!("{tag}/{}", self.output_file())
    }

    /// The picture of the page that `build --previews` writes beside it, if it has one.
    pub fn preview_file(&self) -> Option<String> {
        self.preview.then(|| format!("{}-preview.jpg", self.name))
    }

    /// The PDFs `build --pdf` writes beside the page, one per paper size: `<name>.pdf` for a
    /// single size, `<name>-letter.pdf`, `<name>-a4.pdf` for several.
    pub fn pdf_files(&self) -> Vec<(Paper, String)> {
        match self.paper.as_slice() {
            [paper] => vec![(*paper, format!("{}.pdf", self.name))],
            papers => papers.iter().map(|paper| (*paper, format!("{}-{}.pdf", self.name, paper.name()))).collect(),
        }
    }
}

/// A paper size a document can be printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl Paper {
    /// The name used in the manifest and in PDF file names.
    pub fn name(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }

    /// Width and height in inches, as the browser's print settings take them.
    pub fn inches(self) -> (f64, f64) {
        match self {
            Paper::Letter => (8.5, 11.0),
            Paper::A4 => (210.0 / 25.4, 297.0 / 25.4),
        }
    }
}

/// A name usable as a Fluent identifier and in file names: an ASCII letter, then letters,
/// digits, `-` or `_`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct Identifier(pub String);

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Identifier {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        if !is_identifier(&text) {
            return Err(format!("`{text}` is not a valid name: use an ASCII letter, then letters, digits, `-` or `_`"));
        }
        Ok(Identifier(text))
    }
}

/// A plain `.html` file name, with no folder in it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct FileName(pub String);

impl TryFrom<String> for FileName {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let stem = text.strip_suffix(".html").unwrap_or_default();
        let valid = !stem.is_empty() && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(format!("`{text}` is not a plain file name ending in `.html` (no folders, e.g. `flyer.html`)"));
        }
        Ok(FileName(text))
    }
}

/// An `https:` address that ends with `/`, under which the output folder is published.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct BaseUrl(pub String);

impl TryFrom<String> for BaseUrl {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        // A local server (`http://127.0.0.1:8765/`) is allowed too, to try the site as it
        // will be published (scripts/lighthouse.sh).
        let local = ["http://127.0.0.1:", "http://localhost:"].iter().any(|start| text.starts_with(start));
        if !(text.starts_with("https://") || local) || !text.ends_with('/') || !is_safe_url(&text) {
            return Err(format!("base-url `{text}` must be an `https://` address ending in `/`"));
        }
        Ok(BaseUrl(text))
    }
}

/// The neutral page a quick exit leaves for: an `https://` (or `http://`) address.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct QuickExit(pub String);

impl Default for QuickExit {
    /// A search engine's front page: what domestic-violence and anti-trafficking sites leave
    /// for, as it looks like nothing in a browser's history or over a shoulder.
    fn default() -> QuickExit {
        QuickExit("https://www.google.com/".to_string())
    }
}

impl TryFrom<String> for QuickExit {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let web = text.starts_with("https://") || text.starts_with("http://");
        if !web || !is_safe_url(&text) || url::Url::parse(&text).is_err() {
            return Err(format!(
                "quick-exit `{text}` must be the address of a neutral web page, such as `https://www.google.com/`"
            ));
        }
        Ok(QuickExit(text))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    text: String,
    href: String,
}

impl TryFrom<RawContact> for Contact {
    type Error = String;

    fn try_from(raw: RawContact) -> Result<Self, String> {
        let RawContact { text, href } = raw;
        if text.trim().is_empty() {
            return Err("a contact needs a `text` to show".into());
        }
        if text.trim() != text || text.chars().any(char::is_control) {
            return Err(format!("contact text `{text}` has surrounding spaces or control characters"));
        }
        let (scheme, rest) = href.split_once(':').unwrap_or(("", ""));
        let valid = is_safe_url(&href)
            && match scheme {
                "tel" | "sms" => is_dialable(rest),
                "https" => rest.starts_with("//") && rest.len() > 2,
                "mailto" => rest.contains('@'),
                _ => false,
            };
        if !valid {
            return Err(format!(
                "contact href `{href}` is not allowed: use `tel:+15551234567`, `sms:12345`, \
                 `https://…` or `mailto:…`"
            ));
        }
        if matches!(scheme, "tel" | "sms") {
            check_same_number(&text, rest)?;
        }
        Ok(Contact { text, href })
    }
}

/// A `tel:` or `sms:` target: an optional `+`, then digits with `-` or `.` between them.
fn is_dialable(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.')
}

/// Rejects a contact whose printed number and link differ, since a wrong digit in either one
/// sends a person in danger to a stranger. The printed number may leave out the country code.
fn check_same_number(text: &str, target: &str) -> Result<(), String> {
    let shown: String = text.chars().filter(char::is_ascii_digit).collect();
    let dialled: String = target.chars().filter(char::is_ascii_digit).collect();
    let same = shown == dialled || (shown.len() >= 7 && dialled.ends_with(&shown));
    if same {
        Ok(())
    } else {
        Err(format!(
            "the contact shows `{text}` but dials `{target}`: these are different numbers; \
             fix the one that is wrong"
        ))
    }
}

/// No whitespace, quotes, angle brackets or control characters: nothing that could end an
/// HTML attribute or hide a second address.
fn is_safe_url(url: &str) -> bool {
    !url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || is_bidi_control(c) || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    })
}

fn default_locales_dir() -> PathBuf {
    "locales".into()
}

fn default_templates_dir() -> PathBuf {
    "templates".into()
}

fn default_output_dir() -> PathBuf {
    "output".into()
}

fn default_picker_template() -> String {
    "picker.html".into()
}

fn yes() -> bool {
    true
}

impl Config {
    /// Reads and validates the manifest at `path`.
    pub fn load(path: &Path) -> Result<Config> {
        let text = fs::read_to_string(path).with_context(|| {
            format!(
                "failed to read the manifest `{}` (run outreach in the campaign's folder, or pass --config)",
                path.display()
            )
        })?;
        Config::parse(&text, path)
    }

    /// Validates manifest text that was read from `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let mut config: Config =
            toml::from_str(text).with_context(|| format!("invalid manifest `{}`", path.display()))?;
        config.manifest_path = path.to_path_buf();
        config.root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        for dir in [&mut config.locales_dir, &mut config.templates_dir, &mut config.output_dir] {
            *dir = config.root.join(&*dir);
        }
        config.validate().with_context(|| format!("invalid manifest `{}`", path.display()))?;
        Ok(config)
    }

    fn validate(&self) -> Result<()> {
        let reference = self.locale_dir(&self.source_locale);
        if !reference.is_dir() {
            bail!(
                "source-locale = \"{}\": the reference folder `{}` does not exist",
                self.source_locale,
                reference.display()
            );
        }
        let mut tags = BTreeSet::new();
        for (index, locale) in self.locales.iter().enumerate() {
            let key = format!("[[locale]] #{} (tag = \"{}\")", index + 1, locale.tag);
            if !tags.insert(&locale.tag) {
                bail!("{key}: the language is listed twice");
            }
            if locale.name.trim().is_empty() || locale.english_name.trim().is_empty() {
                bail!("{key}: `name` and `english-name` must not be empty");
            }
            if !self.locale_dir(&locale.tag).is_dir() {
                bail!(
                    "{key}: the folder `{}` does not exist (create it, or remove the entry)",
                    self.locale_dir(&locale.tag).display()
                );
            }
        }
        let mut names = BTreeSet::new();
        let mut files = BTreeSet::new();
        for (index, document) in self.documents.iter().enumerate() {
            let key = format!("[[document]] #{} (name = \"{}\")", index + 1, document.name);
            if !names.insert(&document.name) {
                bail!("{key}: another document has the same name");
            }
            if !files.insert(document.output_file()) {
                bail!("{key}: another document writes the same file `{}`", document.output_file());
            }
            for (_, pdf) in document.pdf_files() {
                if !files.insert(pdf.clone()) {
                    bail!("{key}: `paper` names a size twice, or another document writes `{pdf}`");
                }
            }
            self.require_template(&document.template, &format!("{key}: template"))?;
        }
        self.require_template(&self.picker_template, "picker-template")?;
        Ok(())
    }

    fn require_template(&self, name: &str, key: &str) -> Result<()> {
        let path = self.templates_dir.join(name);
        let inside = Path::new(name).components().all(|part| matches!(part, std::path::Component::Normal(_)));
        if !inside || !path.is_file() {
            bail!("{key} = \"{name}\": there is no template `{}`", path.display());
        }
        Ok(())
    }

    /// What a build must never replace or write into: the campaign's folder, its languages,
    /// its templates and its manifest.
    pub fn protected_paths(&self) -> [&Path; 4] {
        [&self.root, &self.locales_dir, &self.templates_dir, &self.manifest_path]
    }

    /// The folder holding a language's `.ftl` files.
    pub fn locale_dir(&self, tag: &Tag) -> PathBuf {
        self.locales_dir.join(tag.to_string())
    }

    /// The metadata of a language, if the manifest lists it.
    pub fn locale_meta(&self, tag: &Tag) -> Option<&LocaleMeta> {
        self.locales.iter().find(|meta| &meta.tag == tag)
    }

    /// Whether a native speaker has reviewed the language ([`LocaleMeta::is_reviewed`]). A
    /// language without an entry is not reviewed.
    pub fn is_reviewed(&self, tag: &Tag) -> bool {
        self.locale_meta(tag).is_some_and(LocaleMeta::is_reviewed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(text: &str, href: &str) -> Result<Contact, String> {
        Contact::try_from(RawContact { text: text.into(), href: href.into() })
    }

    #[test]
    fn contact_accepts_the_hotline() {
        assert!(contact("1-888-373-7888", "tel:+18883737888").is_ok());
        assert!(contact("233733", "sms:233733").is_ok());
        assert!(contact("humantraffickinghotline.org", "https://humantraffickinghotline.org").is_ok());
    }

    #[test]
    fn contact_rejects_a_mistyped_digit() {
        let err = contact("1-888-373-7888", "tel:+18883737883").unwrap_err();
        assert!(err.contains("different numbers"), "{err}");
        assert!(contact("2333733", "sms:233733").is_err());
    }

    #[test]
    fn contact_rejects_unsafe_links() {
        for href in ["javascript:alert(1)", "http://example.org", "tel:+1 888", "data:text/html,x", "tel:"] {
            assert!(contact("x", href).is_err(), "{href} was accepted");
        }
        assert!(contact(" ", "tel:911").is_err());
    }

    #[test]
    fn tags_must_be_canonical() {
        assert!(Tag::parse("zh-Hant").is_ok());
        assert!(Tag::parse("es_mx").unwrap_err().contains("`es-MX`"));
        assert!(Tag::parse("not a tag").is_err());
    }
}
