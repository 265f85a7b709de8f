//! Stage 3, render: turns the catalog into the pages of the site, in memory. Each language
//! gets a [`Localizer`] over its fallback chain; every document is rendered through the
//! campaign's templates; a document whose manifest entry says `fallback = false` is held
//! back for a language that does not translate all of its text.
//!
//! Rendering runs twice: the first pass finds out which documents each language can publish
//! (that depends on which messages the templates ask for), the second renders the pages with
//! links and `hreflang` alternates that point only at published documents.

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

pub use localizer::{Bundle, Contacts, Gap, Localizer, LookupError, build_bundle, fallback_chain};
pub use qr::qr_svg;

use crate::catalog::Catalog;
use crate::config::{Config, Document, Tag};

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

/// Renders the picker and every document of the `selected` languages (all of them if empty).
/// With `previews`, the picker shows the pictures of the documents that have one (see
/// [`Document::preview_file`]); the print stage makes them.
pub fn render_site(config: &Config, catalog: &Catalog, selected: &[Tag], previews: bool) -> Result<Site> {
    let languages = languages_to_build(config, catalog, selected);
    let contacts = Arc::new(Contacts::new(&config.contacts));
    let available: BTreeSet<Tag> = catalog.locales.iter().map(|locale| locale.tag.clone()).collect();
    let bundles: BTreeMap<Tag, Arc<Bundle>> = catalog
        .locales
        .par_iter()
        .map(|locale| (locale.tag.clone(), Arc::new(build_bundle(locale, &contacts))))
        .collect();
    let env = templates::environment(config, &contacts);
    let renderer = Renderer {
        config,
        env: &env,
        contacts: contacts.to_value(),
        languages: &languages,
        previews,
        localizer: &|tag: &Tag| {
            let chain = fallback_chain(tag, &config.source_locale, &available)
                .into_iter()
                .filter_map(|tag| Some((tag.clone(), Arc::clone(bundles.get(&tag)?))))
                .collect();
            Arc::new(Localizer::new(config, tag, chain, Arc::clone(&contacts)))
        },
    };

    // Pass 1: which documents can each language publish?
    let jobs: Vec<(&Tag, &Document)> =
        languages.iter().flat_map(|tag| config.documents.iter().map(move |doc| (tag, doc))).collect();
    let everything = Published(jobs.iter().map(|&(tag, doc)| (tag, doc.name.0.as_str())).collect());
    // The same language menu serves every page of a pass: build it once.
    let menu = renderer.language_list(DOCUMENT_ROOT, &everything);
    let trials = jobs
        .par_iter()
        .map(|&(tag, doc)| renderer.document(tag, doc, &everything, &menu).map(|(_, gaps)| gaps))
        .collect::<Result<Vec<_>>>()?;
    let mut withheld = Vec::new();
    let mut published = Published::default();
    for (&(tag, doc), gaps) in jobs.iter().zip(trials) {
        let reason = if doc.fallback {
            None
        } else if config.locale_meta(tag).is_none() {
            Some(WithheldReason::NoMetadata)
        } else {
            (!gaps.is_empty()).then_some(WithheldReason::Untranslated(gaps))
        };
        match reason {
            None => {
                published.0.insert((tag, doc.name.0.as_str()));
            }
            Some(reason) => withheld.push(Withheld { locale: tag.clone(), document: doc.name.0.clone(), reason }),
        }
    }

    // Pass 2: the pages themselves.
    let menu = renderer.language_list(DOCUMENT_ROOT, &published);
    let mut pages: BTreeMap<PathBuf, String> = jobs
        .par_iter()
        .filter(|(tag, doc)| published.contains(tag, doc))
        .map(|&(tag, doc)| {
            let (page, gaps) = renderer.document(tag, doc, &published, &menu)?;
            if !doc.fallback && !gaps.is_empty() {
                // Only a template that asks for other messages once links change gets here.
                bail!(
                    "{}: shows untranslated text in {tag} only when other documents are left out; \
                     make the messages it shows independent of `links` and `alternates`",
                    config.templates_dir.join(&doc.template).display()
                );
            }
            Ok((PathBuf::from(tag.to_string()).join(doc.output_file()), page))
        })
        .collect::<Result<_>>()?;
    pages.insert(PathBuf::from("index.html"), renderer.picker(&published)?);
    Ok(Site { pages, withheld })
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
