//! Stage 3, render: turns the catalog into the pages of the site, in memory. Each language
//! gets a [`Localizer`] over its fallback chain; every document is rendered through the
//! campaign's templates; a document whose manifest entry says `fallback = false` is held
//! back for a language that does not translate all of its text.
//!
//! Rendering runs twice: the first pass finds out which documents each language can publish
//! (that depends on which messages the templates ask for), the second renders the pages with
//! links and `hreflang` alternates that point only at published documents. [`render_update`]
//! keeps the first pass's findings ([`Trials`]), so that `serve` renders again only the
//! languages whose files changed.

pub mod localizer;
mod qr;
mod templates;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Result, anyhow, bail};
use minijinja::{Environment, Value, context};
use rayon::prelude::*;

pub use localizer::{Gap, Localizer, LookupError};
pub use qr::qr_svg;

use crate::catalog::Catalog;
use crate::config::{Config, Document};
use crate::fluent::{Bundle, Contacts, build_bundle, fallback_chain};
use crate::tag::Tag;

/// The rendered site: the pages to write, and what was held back.
#[derive(Debug, Default)]
pub struct Site {
    /// Pages by path relative to the output folder, in a stable order.
    pub pages: BTreeMap<PathBuf, String>,
    /// The documents that were not published, and why.
    pub withheld: Vec<Withheld>,
}

/// A document left out for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    /// The language.
    pub locale: Tag,
    /// The document's name.
    pub document: String,
    /// Why it was left out.
    pub reason: WithheldReason,
}

/// Why a document was left out for a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WithheldReason {
    /// These messages were not shown in the language itself.
    Untranslated(Vec<(String, Gap)>),
    /// The manifest has no `[[locale]]` entry, so the page could not name the language.
    NoMetadata,
}

impl fmt::Display for Withheld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} not published for {}: ", self.document, self.locale)?;
        match &self.reason {
            WithheldReason::Untranslated(gaps) => {
                let count = gaps.len();
                let list: Vec<_> = gaps.iter().map(|(id, gap)| format!("{id} ({gap})")).collect();
                write!(
                    f,
                    "{count} message{} not translated: {}",
                    if count == 1 { " is" } else { "s are" },
                    list.join(", ")
                )
            }
            WithheldReason::NoMetadata => {
                write!(f, "the manifest has no [[locale]] entry for it; add one with `name` and `english-name`")
            }
        }
    }
}

/// What to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Whether to render the pages; without, only the first pass runs, to learn which
    /// documents each language publishes (what `status` needs).
    pub pages: bool,
    /// Whether the picker shows the pictures of the documents that have one (see
    /// [`Document::preview_file`]); the print stage makes them.
    pub previews: bool,
}

/// What the first pass found out about each language's documents: the messages each could not
/// show in the language itself. That depends only on the language's own files (and those it
/// falls back to) and the templates, so a later render reuses it for the other languages.
#[derive(Debug, Clone, Default)]
pub struct Trials(BTreeMap<(Tag, String), Vec<(String, Gap)>>);

impl Trials {
    fn gaps(&self, tag: &Tag, doc: &Document) -> Option<&Vec<(String, Gap)>> {
        self.0.get(&(tag.clone(), doc.name.0.clone()))
    }
}

/// What [`render_update`] rendered.
#[derive(Debug)]
pub struct Update {
    /// The picker and the published pages of `rendered`; `withheld` covers every language.
    pub site: Site,
    /// The languages whose pages were rendered.
    pub rendered: Vec<Tag>,
}

/// Renders the site of `languages` again once the files of `changed` (some of them) changed.
/// `trials` holds the first pass of the other languages from an earlier render, and takes the
/// new results. The first pass runs for `changed` and for any language `trials` lacks; the
/// second (with `options.pages`) renders the pages of those languages, or of every language
/// when what they publish changed (every page's language menu links it), and the picker.
pub fn render_update(
    config: &Config,
    catalog: &Catalog,
    languages: &[Tag],
    changed: &[Tag],
    trials: &mut Trials,
    options: Options,
) -> Result<Update> {
    let contacts = Arc::new(Contacts::new(&config.contacts));
    let available: BTreeSet<Tag> = catalog.locales.iter().map(|locale| locale.tag.clone()).collect();
    // Only the languages rendered, and those they fall back to, need a bundle.
    let needed: BTreeSet<Tag> = languages
        .iter()
        .chain([&config.source_locale])
        .flat_map(|tag| fallback_chain(tag, &config.source_locale, &available))
        .collect();
    let bundles: BTreeMap<Tag, Arc<Bundle>> = catalog
        .locales
        .par_iter()
        .filter(|locale| needed.contains(&locale.tag))
        .map(|locale| (locale.tag.clone(), Arc::new(build_bundle(locale, &contacts))))
        .collect();
    let env = templates::environment(config, &contacts);
    let renderer = Renderer {
        config,
        env: &env,
        contacts: localizer::contacts_value(&contacts),
        languages,
        previews: options.previews,
        localizer: &|tag: &Tag| {
            let chain = fallback_chain(tag, &config.source_locale, &available)
                .into_iter()
                .filter_map(|tag| Some((tag.clone(), Arc::clone(bundles.get(&tag)?))))
                .collect();
            Arc::new(Localizer::new(config, tag, chain, Arc::clone(&contacts)))
        },
    };

    let jobs: Vec<(&Tag, &Document)> =
        languages.iter().flat_map(|tag| config.documents.iter().map(move |doc| (tag, doc))).collect();
    let tried = renderer.first_pass(&jobs, changed, trials)?;
    let (published, withheld) = publication(config, &jobs, trials);
    let moved = tried.iter().any(|&(tag, doc, was)| was != Some(published.contains(tag, doc)));
    let rendered: Vec<Tag> = match moved {
        true => languages.to_vec(),
        false => languages.iter().filter(|&tag| tried.iter().any(|&(tried, _, _)| tried == tag)).cloned().collect(),
    };
    let pages = match options.pages {
        true => renderer.second_pass(&jobs, &rendered, &published)?,
        false => BTreeMap::new(),
    };
    Ok(Update { site: Site { pages, withheld }, rendered })
}

/// Which of `jobs` are published, given the first pass in `trials`, and why the others are not.
fn publication<'a>(
    config: &Config,
    jobs: &[(&'a Tag, &'a Document)],
    trials: &Trials,
) -> (Published<'a>, Vec<Withheld>) {
    let mut withheld = Vec::new();
    let mut published = Published::default();
    for &(tag, doc) in jobs {
        let gaps = trials.gaps(tag, doc).map_or(&[][..], Vec::as_slice);
        match withheld_reason(config, tag, doc, gaps) {
            None => {
                published.0.insert((tag, doc.name.0.as_str()));
            }
            Some(reason) => withheld.push(Withheld { locale: tag.clone(), document: doc.name.0.clone(), reason }),
        }
    }
    (published, withheld)
}

/// Why `doc` is left out for `tag`, given the messages the first pass could not show in the
/// language; `None` when it is published.
fn withheld_reason(config: &Config, tag: &Tag, doc: &Document, gaps: &[(String, Gap)]) -> Option<WithheldReason> {
    if doc.fallback {
        None
    } else if config.locale_meta(tag).is_none() {
        Some(WithheldReason::NoMetadata)
    } else {
        (!gaps.is_empty()).then(|| WithheldReason::Untranslated(gaps.to_vec()))
    }
}

/// The languages to build, in the order the picker lists them: the manifest's `[[locale]]`
/// order, then any other language folder by tag.
pub fn languages_to_build(config: &Config, catalog: &Catalog, selected: &[Tag]) -> Vec<Tag> {
    let listed = config.locales.iter().map(|meta| &meta.tag);
    let unlisted = catalog.locales.iter().map(|locale| &locale.tag).filter(|tag| config.locale_meta(tag).is_none());
    let mut order: Vec<Tag> = Vec::new();
    for tag in listed.chain(unlisted) {
        if (selected.is_empty() || selected.contains(tag)) && !order.contains(tag) {
            order.push(tag.clone());
        }
    }
    order
}

/// Which (language, document name) pairs are published.
#[derive(Debug, Default)]
struct Published<'a>(BTreeSet<(&'a Tag, &'a str)>);

impl Published<'_> {
    fn contains(&self, tag: &Tag, document: &Document) -> bool {
        self.0.contains(&(tag, document.name.0.as_str()))
    }
}

/// The way from a language's page (`<tag>/…`) to the top of the output.
const DOCUMENT_ROOT: &str = "../";

/// What every page's render needs.
struct Renderer<'a> {
    config: &'a Config,
    env: &'a Environment<'static>,
    contacts: Value,
    languages: &'a [Tag],
    /// Whether the picker shows the documents' pictures.
    previews: bool,
    /// Makes a fresh localizer (with no gaps noted yet) for a language.
    localizer: &'a (dyn Fn(&Tag) -> Arc<Localizer> + Sync),
}

impl Renderer<'_> {
    /// Pass 1, which finds out which documents each language can publish: renders the `jobs`
    /// of the `changed` languages, and those `trials` does not know, and notes in `trials` the
    /// messages each could not show in its language. Gives those jobs, each with whether it was
    /// published before (`None`: not known).
    fn first_pass<'j>(
        &self,
        jobs: &[(&'j Tag, &'j Document)],
        changed: &[Tag],
        trials: &mut Trials,
    ) -> Result<Vec<(&'j Tag, &'j Document, Option<bool>)>> {
        let everything = Published(jobs.iter().map(|&(tag, doc)| (tag, doc.name.0.as_str())).collect());
        // The same language menu serves every page of a pass: build it once.
        let menu = self.language_list(DOCUMENT_ROOT, &everything);
        let stale: Vec<(&Tag, &Document)> = jobs
            .iter()
            .copied()
            .filter(|&(tag, doc)| changed.contains(tag) || trials.gaps(tag, doc).is_none())
            .collect();
        let found = stale
            .par_iter()
            .map(|&(tag, doc)| self.document(tag, doc, &everything, &menu).map(|(_, gaps)| gaps))
            .collect::<Result<Vec<_>>>()?;
        let mut tried = Vec::new();
        for ((tag, doc), gaps) in stale.into_iter().zip(found) {
            let was = trials.gaps(tag, doc).map(|gaps| withheld_reason(self.config, tag, doc, gaps).is_none());
            trials.0.insert((tag.clone(), doc.name.0.clone()), gaps);
            tried.push((tag, doc, was));
        }
        Ok(tried)
    }

    /// Pass 2: the published pages of the `rendered` languages, and the picker.
    fn second_pass(
        &self,
        jobs: &[(&Tag, &Document)],
        rendered: &[Tag],
        published: &Published,
    ) -> Result<BTreeMap<PathBuf, String>> {
        let menu = self.language_list(DOCUMENT_ROOT, published);
        let mut pages: BTreeMap<PathBuf, String> = jobs
            .par_iter()
            .filter(|(tag, doc)| rendered.contains(tag) && published.contains(tag, doc))
            .map(|&(tag, doc)| {
                let (page, gaps) = self.document(tag, doc, published, &menu)?;
                if !doc.fallback && !gaps.is_empty() {
                    // Only a template that asks for other messages once links change gets here.
                    bail!(
                        "{}: shows untranslated text in {tag} only when other documents are left out; \
                         make the messages it shows independent of `links` and `alternates`",
                        self.config.templates_dir.join(&doc.template).display()
                    );
                }
                Ok((PathBuf::from(tag.to_string()).join(doc.output_file()), page))
            })
            .collect::<Result<_>>()?;
        pages.insert(PathBuf::from("index.html"), self.picker(published)?);
        Ok(pages)
    }

    /// Renders one document in one language, and says which messages it could not show in
    /// that language.
    /// `menu` is [`Renderer::language_list`] for `published`.
    fn document(
        &self,
        tag: &Tag,
        doc: &Document,
        published: &Published,
        menu: &Value,
    ) -> Result<(String, Vec<(String, Gap)>)> {
        let lang = (self.localizer)(tag);
        let root = DOCUMENT_ROOT;
        let file = doc.output_file();
        let alternates: Vec<Value> = self
            .languages
            .iter()
            .filter(|other| published.contains(other, doc))
            .map(|other| {
                let path = format!("{other}/{file}");
                context! { tag => other.to_string(), href => self.address(root, &path) }
            })
            .collect();
        let links: BTreeMap<String, Option<String>> = self
            .config
            .documents
            .iter()
            .map(|other| (other.name.0.clone(), published.contains(tag, other).then(|| other.output_file())))
            .collect();
        let ctx = context! {
            lang => Value::from_dyn_object(Arc::clone(&lang)),
            document => context! { name => doc.name.0.clone(), file => file.clone() },
            contacts => self.contacts.clone(),
            root,
            links,
            alternates,
            picker => self.address(root, "index.html"),
            languages => menu.clone(),
            canonical => self.absolute(&format!("{tag}/{file}")),
            quick_exit => self.config.quick_exit.0.clone(),
        };
        let page = self.render(&doc.template, ctx)?;
        Ok((page, lang.take_gaps()))
    }

    /// Renders the language picker, in the reference language.
    fn picker(&self, published: &Published) -> Result<String> {
        let ctx = context! {
            lang => Value::from_dyn_object((self.localizer)(&self.config.source_locale)),
            contacts => self.contacts.clone(),
            root => "",
            alternates => Vec::<Value>::new(),
            picker => self.address("", "index.html"),
            languages => self.language_list("", published),
            canonical => self.absolute("index.html"),
        };
        self.render(&self.config.picker_template, ctx)
    }

    /// Every language with its documents, for the picker and language menus: `entry.lang`
    /// translates in that language, `entry.documents` link what it publishes.
    fn language_list(&self, root: &str, published: &Published) -> Value {
        self.languages
            .iter()
            .map(|tag| {
                let documents: Vec<Value> = self
                    .config
                    .documents
                    .iter()
                    .map(|doc| {
                        let is_published = published.contains(tag, doc);
                        let href = is_published.then(|| format!("{root}{tag}/{}", doc.output_file()));
                        let preview = doc
                            .preview_file()
                            .filter(|_| self.previews && is_published)
                            .map(|file| format!("{root}{tag}/{file}"));
                        context! { name => doc.name.0.clone(), href, published => is_published, preview }
                    })
                    .collect();
                context! { lang => Value::from_dyn_object((self.localizer)(tag)), documents }
            })
            .collect()
    }

    /// A link to `path` (relative to the output folder): absolute when the manifest has a
    /// `base-url`, otherwise relative to the page.
    fn address(&self, root: &str, path: &str) -> String {
        self.absolute(path).unwrap_or_else(|| format!("{root}{path}"))
    }

    fn absolute(&self, path: &str) -> Option<String> {
        self.config.base_url.as_ref().map(|base| format!("{}{path}", base.0))
    }

    fn render(&self, template: &str, ctx: Value) -> Result<String> {
        let shown = self.config.templates_dir.strip_prefix(&self.config.root).unwrap_or(&self.config.templates_dir);
        let template = self.env.get_template(template).map_err(|err| describe(&err, shown))?;
        template.render(ctx).map_err(|err| describe(&err, shown))
    }
}

/// A template error as the user needs it: what went wrong, in which template and on which
/// line, and through which includes it was reached.
fn describe(err: &minijinja::Error, templates_dir: &Path) -> anyhow::Error {
    let place = |err: &minijinja::Error| match (err.name(), err.line()) {
        (Some(name), Some(line)) => format!("{}:{line}", templates_dir.join(name).display()),
        (Some(name), None) => templates_dir.join(name).display().to_string(),
        _ => templates_dir.display().to_string(),
    };
    // An error inside an included template arrives wrapped in one error per include.
    let mut innermost = err;
    let mut via = Vec::new();
    while let Some(inner) = std::error::Error::source(innermost).and_then(|e| e.downcast_ref::<minijinja::Error>()) {
        via.push(place(innermost));
        innermost = inner;
    }
    let detail = innermost.detail().map_or_else(|| innermost.kind().to_string(), str::to_string);
    let mut message = format!("{}: {detail}", place(innermost));
    if !via.is_empty() {
        message.push_str(&format!(" (included from {})", via.join(", from ")));
    }
    anyhow!(message)
}
