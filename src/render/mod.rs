//! Stage 3, render: turns the catalog into the pages of the site, in memory. Each language
//! gets a [`Localizer`] over its fallback chain; every document is rendered through the
//! campaign's templates; a document whose manifest entry says `fallback = false` is held
//! back for a language that does not translate all of its text.
//!
//! Rendering runs twice: the first pass finds out which documents each language can publish
//! (that depends on which messages the templates ask for), the second renders the pages with
//! links and `hreflang` alternates that point only at published documents.

mod localizer;
mod qr;
mod templates;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Result, anyhow};
use minijinja::{Environment, Value, context};
use rayon::prelude::*;

pub use localizer::{Bundle, Contacts, Localizer, LookupError, build_bundle, fallback_chain};
pub use qr::qr_svg;

use crate::catalog::Catalog;
use crate::config::{Config, Document, Tag};

/// The rendered site: pages to write, the assets folder to copy, and what was held back.
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
    /// The message ids that were not translated.
    pub untranslated: Vec<String>,
}

/// Renders the picker and every document of the `selected` languages (all of them if empty).
pub fn render_site(config: &Config, catalog: &Catalog, selected: &[Tag]) -> Result<Site> {
    let languages = languages_to_build(config, catalog, selected);
    let contacts = Arc::new(Contacts::new(config));
    let available: BTreeSet<Tag> = catalog
        .locales
        .iter()
        .map(|locale| locale.tag.clone())
        .collect();
    let bundles: BTreeMap<Tag, Arc<Bundle>> = catalog
        .locales
        .par_iter()
        .map(|locale| {
            (
                locale.tag.clone(),
                Arc::new(build_bundle(locale, &contacts)),
            )
        })
        .collect();
    let localizer = |tag: &Tag| {
        let chain = fallback_chain(tag, &config.source_locale, &available)
            .iter()
            .filter_map(|tag| bundles.get(tag).cloned())
            .collect();
        Arc::new(Localizer::new(config, tag, chain, Arc::clone(&contacts)))
    };
    let env = templates::environment(config);
    let renderer = Renderer {
        config,
        env: &env,
        contacts: contacts.to_value(),
        languages: &languages,
    };

    // Pass 1: which documents can each language publish?
    let everything = Published::all(&languages, &config.documents);
    let jobs: Vec<(&Tag, &Document)> = languages
        .iter()
        .flat_map(|tag| config.documents.iter().map(move |doc| (tag, doc)))
        .collect();
    let trials = jobs
        .par_iter()
        .map(|&(tag, doc)| {
            let lang = localizer(tag);
            renderer.document(&lang, doc, &everything, &localizer)?;
            Ok(lang.take_fallbacks())
        })
        .collect::<Result<Vec<_>>>()?;
    let mut withheld = Vec::new();
    let mut published = Published::default();
    for (&(tag, doc), untranslated) in jobs.iter().zip(trials) {
        if doc.fallback || untranslated.is_empty() {
            published.0.insert((tag.clone(), doc.name.0.clone()));
        } else {
            withheld.push(Withheld {
                locale: tag.clone(),
                document: doc.name.0.clone(),
                untranslated,
            });
        }
    }

    // Pass 2: the pages themselves.
    let mut pages: BTreeMap<PathBuf, String> = jobs
        .par_iter()
        .filter(|(tag, doc)| published.contains(tag, &doc.name.0))
        .map(|&(tag, doc)| {
            let page = renderer.document(&localizer(tag), doc, &published, &localizer)?;
            Ok((PathBuf::from(tag.to_string()).join(doc.output_file()), page))
        })
        .collect::<Result<_>>()?;
    let picker = renderer.picker(&localizer(&config.source_locale), &published, &localizer)?;
    pages.insert(PathBuf::from("index.html"), picker);
    Ok(Site { pages, withheld })
}

/// The languages to build, in the order the picker lists them: the manifest's `[[locale]]`
/// order, then any other language folder by tag.
fn languages_to_build(config: &Config, catalog: &Catalog, selected: &[Tag]) -> Vec<Tag> {
    let listed = config.locales.iter().map(|meta| &meta.tag);
    let unlisted = catalog
        .locales
        .iter()
        .map(|locale| &locale.tag)
        .filter(|tag| config.locale_meta(tag).is_none());
    let mut order: Vec<Tag> = Vec::new();
    for tag in listed.chain(unlisted) {
        if (selected.is_empty() || selected.contains(tag)) && !order.contains(tag) {
            order.push(tag.clone());
        }
    }
    order
}

/// Which (language, document) pairs are published.
#[derive(Debug, Default)]
struct Published(BTreeSet<(Tag, String)>);

impl Published {
    fn all(languages: &[Tag], documents: &[Document]) -> Published {
        Published(
            languages
                .iter()
                .flat_map(|tag| {
                    documents
                        .iter()
                        .map(move |doc| (tag.clone(), doc.name.0.clone()))
                })
                .collect(),
        )
    }

    fn contains(&self, tag: &Tag, document: &str) -> bool {
        self.0.contains(&(tag.clone(), document.to_string()))
    }
}

/// What every page's render needs.
struct Renderer<'a> {
    config: &'a Config,
    env: &'a Environment<'static>,
    contacts: Value,
    languages: &'a [Tag],
}

impl Renderer<'_> {
    /// Renders one document in one language. `root` leads from the page to the output folder.
    fn document(
        &self,
        lang: &Arc<Localizer>,
        doc: &Document,
        published: &Published,
        localizer: &dyn Fn(&Tag) -> Arc<Localizer>,
    ) -> Result<String> {
        let root = "../";
        let file = doc.output_file();
        let alternates: Vec<Value> = self
            .languages
            .iter()
            .filter(|tag| published.contains(tag, &doc.name.0))
            .map(|tag| {
                let path = format!("{tag}/{file}");
                context! { tag => tag.to_string(), href => self.absolute(&path).unwrap_or(format!("{root}{path}")) }
            })
            .collect();
        let links: BTreeMap<String, Option<String>> = self
            .config
            .documents
            .iter()
            .map(|other| {
                let href = published
                    .contains(lang.tag(), &other.name.0)
                    .then(|| other.output_file());
                (other.name.0.clone(), href)
            })
            .collect();
        let ctx = context! {
            lang => Value::from_dyn_object(Arc::clone(lang)),
            document => context! { name => doc.name.0.clone(), file => file.clone() },
            contacts => self.contacts.clone(),
            root,
            links,
            alternates,
            languages => self.language_list(root, published, localizer),
            canonical => self.absolute(&format!("{}/{file}", lang.tag())),
        };
        self.render(&doc.template, ctx)
    }

    /// Renders the language picker, in the reference language.
    fn picker(
        &self,
        lang: &Arc<Localizer>,
        published: &Published,
        localizer: &dyn Fn(&Tag) -> Arc<Localizer>,
    ) -> Result<String> {
        let ctx = context! {
            lang => Value::from_dyn_object(Arc::clone(lang)),
            contacts => self.contacts.clone(),
            root => "",
            alternates => Vec::<Value>::new(),
            languages => self.language_list("", published, localizer),
            canonical => self.absolute("index.html"),
        };
        self.render(&self.config.picker_template, ctx)
    }

    /// Every language with its documents, for the picker and language menus: `entry.lang`
    /// translates in that language, `entry.documents` link what it publishes.
    fn language_list(
        &self,
        root: &str,
        published: &Published,
        localizer: &dyn Fn(&Tag) -> Arc<Localizer>,
    ) -> Vec<Value> {
        self.languages
            .iter()
            .map(|tag| {
                let documents: Vec<Value> = self
                    .config
                    .documents
                    .iter()
                    .map(|doc| {
                        let is_published = published.contains(tag, &doc.name.0);
                        let href =
                            is_published.then(|| format!("{root}{tag}/{}", doc.output_file()));
                        context! { name => doc.name.0.clone(), href, published => is_published }
                    })
                    .collect();
                context! { lang => Value::from_dyn_object(localizer(tag)), documents }
            })
            .collect()
    }

    fn absolute(&self, path: &str) -> Option<String> {
        self.config
            .base_url
            .as_ref()
            .map(|base| format!("{}{path}", base.0))
    }

    fn render(&self, template: &str, ctx: Value) -> Result<String> {
        let template = self.env.get_template(template).map_err(describe)?;
        template.render(ctx).map_err(describe)
    }
}

/// A template error as the user needs it: what went wrong, in which template, on which line,
/// with the line itself.
fn describe(err: minijinja::Error) -> anyhow::Error {
    let place = match (err.name(), err.line()) {
        (Some(name), Some(line)) => format!("templates/{name}:{line}: "),
        (Some(name), None) => format!("templates/{name}: "),
        _ => String::new(),
    };
    let detail = err
        .detail()
        .map_or_else(|| err.kind().to_string(), str::to_string);
    anyhow!("{place}{detail}")
}
