//! Watching the campaign's files with notify: the manifest, the locales folder and the templates
//! folder. Each event that changed something is sent on; the serve loop gathers those that come
//! close together (an editor's save is often a write and a rename) into one [`Change`]: which
//! languages' files changed, or the templates, or the manifest.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use anyhow::{Context, Result};
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::config::Config;
use crate::tag::Tag;

/// What the serve loop is told.
#[derive(Debug)]
pub enum Message {
    /// These files changed.
    Changed(Vec<PathBuf>),
    /// The watcher reported an error.
    Failed(String),
    /// Ctrl-C: stop.
    Stop,
}

/// What a batch of file events touched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    /// The manifest: everything is built again.
    pub manifest: bool,
    /// A template or an asset: every language is rendered again.
    pub templates: bool,
    /// An asset (under `templates/assets/`): the whole output folder is written again.
    pub assets: bool,
    /// The languages whose `.ftl` files (or folder) changed.
    pub locales: BTreeSet<Tag>,
}

impl Change {
    /// Whether nothing the build reads changed.
    pub fn is_empty(&self) -> bool {
        *self == Change::default()
    }

    /// Both changes at once.
    pub fn merge(mut self, other: Change) -> Change {
        self.manifest |= other.manifest;
        self.templates |= other.templates;
        self.assets |= other.assets;
        self.locales.extend(other.locales);
        self
    }
}

/// The watcher, and the places it watches.
pub struct Watch {
    watcher: RecommendedWatcher,
    places: Places,
}

/// The watched places, as real, absolute paths, which is how events name them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Places {
    manifest: PathBuf,
    locales: PathBuf,
    templates: PathBuf,
    /// Never watched: what the preview writes there is not a change to build.
    out: PathBuf,
}

impl Watch {
    /// Watches the places `config` names, and sends each event that changed a file to `sender`.
    pub fn start(config: &Config, sender: Sender<Message>) -> Result<Watch> {
        let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
            let message = match result {
                // Reading a file is an event too (the preview's own builds read them all): only
                // a change is one to build.
                Ok(event) if matches!(event.kind, EventKind::Access(_)) => return,
                Ok(event) => Message::Changed(event.paths),
                Err(err) => Message::Failed(err.to_string()),
            };
            // The loop has stopped: nothing is listening any more.
            let _ = sender.send(message);
        })
        .context("cannot watch the campaign's files")?;
        let mut watch = Watch { watcher, places: Places::of(config)? };
        watch.places.watch(&mut watch.watcher)?;
        Ok(watch)
    }

    /// Watches the folders that a changed manifest names instead of the old ones.
    pub fn follow(&mut self, config: &Config) -> Result<()> {
        // The output folder stays the one the preview writes, whatever the manifest now says.
        let places = Places { out: self.places.out.clone(), ..Places::of(config)? };
        if places != self.places {
            for old in self.places.watched() {
                // A folder that is gone is no longer watched anyway.
                let _ = self.watcher.unwatch(&old.0);
            }
            places.watch(&mut self.watcher)?;
            self.places = places;
        }
        Ok(())
    }

    /// What the changed `paths` mean for the build.
    pub fn classify(&self, paths: &[PathBuf]) -> Change {
        self.places.classify(paths)
    }
}

impl Places {
    /// What the changed `paths` mean for the build.
    fn classify(&self, paths: &[PathBuf]) -> Change {
        let mut change = Change::default();
        for path in paths.iter().filter(|path| !is_scratch(path) && !path.starts_with(&self.out)) {
            if *path == self.manifest {
                change.manifest = true;
            } else if let Ok(inside) = path.strip_prefix(&self.templates) {
                change.templates = true;
                change.assets |= inside.starts_with("assets");
            } else if let Ok(inside) = path.strip_prefix(&self.locales) {
                change.locales.extend(language_of(inside));
            }
        }
        change
    }

    fn of(config: &Config) -> Result<Places> {
        let real = |path: &Path| {
            fs::canonicalize(path)
                .or_else(|_| std::path::absolute(path))
                .with_context(|| format!("cannot find `{}`", path.display()))
        };
        let manifest_dir = config.manifest_path.parent().filter(|dir| !dir.as_os_str().is_empty());
        let manifest_name = config.manifest_path.file_name().unwrap_or_default();
        Ok(Places {
            manifest: real(manifest_dir.unwrap_or(Path::new(".")))?.join(manifest_name),
            locales: real(&config.locales_dir)?,
            templates: real(&config.templates_dir)?,
            out: real(&config.output_dir)?,
        })
    }

    /// The folders to watch, and how. The manifest's folder is watched rather than the file:
    /// many editors save by writing a new file and renaming it over the old one.
    fn watched(&self) -> [(PathBuf, RecursiveMode); 3] {
        let manifest_dir = self.manifest.parent().unwrap_or(&self.manifest).to_path_buf();
        [
            (manifest_dir, RecursiveMode::NonRecursive),
            (self.locales.clone(), RecursiveMode::Recursive),
            (self.templates.clone(), RecursiveMode::Recursive),
        ]
    }

    fn watch(&self, watcher: &mut RecommendedWatcher) -> Result<()> {
        for (path, mode) in self.watched() {
            watcher.watch(&path, mode).with_context(|| format!("cannot watch `{}`", path.display()))?;
        }
        Ok(())
    }
}

/// The language a path inside the locales folder belongs to: a `.ftl` file under a language
/// folder, its review records (the status page counts them), or that folder itself (made,
/// removed or renamed). Other files, such as `REVIEW.md`, are not built.
fn language_of(inside: &Path) -> Option<Tag> {
    let mut parts = inside.iter();
    let tag = Tag::parse(&parts.next()?.to_string_lossy()).ok()?;
    let is_folder = parts.next().is_none();
    let reviews = inside.file_name().is_some_and(|name| name == crate::review::REVIEW_FILE);
    (is_folder || reviews || inside.extension().is_some_and(|ext| ext == "ftl")).then_some(tag)
}

/// An editor's swap, backup or lock file (`.es.ftl.swp`, `site.ftl~`, `.#site.ftl`).
fn is_scratch(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.starts_with('.') || name.ends_with('~')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_languages_templates_or_the_manifest() {
        let root = PathBuf::from("/campaign");
        let places = Places {
            manifest: root.join("outreach.toml"),
            locales: root.join("locales"),
            templates: root.join("templates"),
            out: root.join("output"),
        };
        let change = |paths: &[&str]| places.classify(&paths.iter().map(|path| root.join(path)).collect::<Vec<_>>());
        let es = Tag::parse("es").unwrap();
        assert_eq!(change(&["locales/es/site.ftl"]).locales, BTreeSet::from([es.clone()]));
        assert_eq!(change(&["locales/es/review.toml"]).locales, BTreeSet::from([es.clone()]));
        assert_eq!(change(&["locales/es"]).locales, BTreeSet::from([es]));
        assert!(change(&["locales/es/REVIEW.md", "locales/es/.site.ftl.swp", "locales/es/site.ftl~"]).is_empty());
        assert!(change(&["locales/old_notes/a.ftl", "output/es/index.html", "README.md"]).is_empty());
        assert_eq!(change(&["templates/flyer.html"]), Change { templates: true, ..Change::default() });
        assert_eq!(
            change(&["templates/assets/style.css"]),
            Change { templates: true, assets: true, ..Change::default() }
        );
        assert_eq!(change(&["outreach.toml"]), Change { manifest: true, ..Change::default() });
    }
}
