//! Stage 5, print (`build --pdf`): prints the written pages to PDF in a headless Chromium,
//! driven over the DevTools protocol. One browser serves every page, with a few tabs printing
//! side by side: starting a browser per page would cost a second each.
//!
//! A browser, not a PDF library, because the pages are laid out by the browser (fit.js picks
//! the layout that fits), and the PDF must show exactly what a shelter's printer would print.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use headless_chrome::types::PrintToPdfOptions;
use headless_chrome::{Browser, LaunchOptions};

use crate::config::Paper;

/// The browsers `--pdf` looks for on the PATH, in this order.
const BROWSERS: &[&str] = &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/// The environment variable that names the browser to use instead.
pub const BROWSER_VARIABLE: &str = "OUTREACH_BROWSER";

/// One page to print.
#[derive(Debug, Clone)]
pub struct Job {
    /// The HTML page, an absolute path.
    pub page: PathBuf,
    /// Where the PDF goes.
    pub pdf: PathBuf,
    /// The paper it is printed on.
    pub paper: Paper,
}

/// A printed PDF and how many pages it came to.
#[derive(Debug, Clone)]
pub struct Printed {
    /// The PDF written.
    pub pdf: PathBuf,
    /// Its page count: a flyer or a card sheet must be 1.
    pub pages: usize,
}

/// The Chromium or Chrome to print with: `$OUTREACH_BROWSER`, or the first of [`BROWSERS`] on
/// the PATH.
pub fn find_browser() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(BROWSER_VARIABLE) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            bail!("{BROWSER_VARIABLE} is `{}`, which is not a file", path.display());
        }
        return Ok(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    BROWSERS
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            anyhow!(
                "--pdf prints with Chromium or Google Chrome, and none was found on the PATH (looked for {}); \
                 install one (Debian: `apt-get install chromium`) or set {BROWSER_VARIABLE} to its path",
                BROWSERS.join(", ")
            )
        })
}

/// Prints every job with the browser at `browser`, in a few tabs at once, and returns what was
/// printed in the order of `jobs`. Stops at the first page that cannot be printed.
pub fn print(browser: &Path, jobs: &[Job]) -> Result<Vec<Printed>> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let options = LaunchOptions::default_builder()
        .path(Some(browser.to_path_buf()))
        // The pages are our own files on disk; Chromium's sandbox refuses to start as root,
        // which is how CI and containers run.
        .sandbox(false)
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .map_err(|err| anyhow!("cannot set up the browser: {err}"))?;
    let browser = Browser::new(options).with_context(|| format!("failed to start `{}`", browser.display()))?;
    let tabs = thread::available_parallelism().map_or(2, |cores| cores.get()).clamp(1, 4).min(jobs.len());
    let next = Mutex::new(jobs.iter().enumerate());
    let results = Mutex::new(Vec::with_capacity(jobs.len()));
    thread::scope(|scope| {
        for _ in 0..tabs {
            scope.spawn(|| {
                let tab = match browser.new_tab() {
                    Ok(tab) => tab,
                    Err(err) => {
                        results.lock().unwrap().push((0, Err(anyhow!("failed to open a browser tab: {err}"))));
                        return;
                    }
                };
                loop {
                    let Some((index, job)) = next.lock().unwrap().next() else { break };
                    let printed = print_one(&tab, job);
                    let failed = printed.is_err();
                    results.lock().unwrap().push((index, printed));
                    if failed {
                        break;
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, printed)| printed).collect()
}

/// Loads one page, lets its fonts load and fit.js settle, prints it and counts its pages.
fn print_one(tab: &headless_chrome::Tab, job: &Job) -> Result<Printed> {
    let url = url::Url::from_file_path(&job.page)
        .map_err(|()| anyhow!("`{}` is not an absolute path", job.page.display()))?;
    let failed = |what: &str| format!("failed to {what} `{}`", job.page.display());
    tab.navigate_to(url.as_str()).and_then(|tab| tab.wait_until_navigated()).with_context(|| failed("load"))?;
    // fit.js fits the sheet again once the fonts are in: wait for that before printing.
    tab.evaluate("document.fonts.ready.then(() => true)", true).with_context(|| failed("wait for the fonts of"))?;
    let (width, height) = job.paper.inches();
    let options = PrintToPdfOptions {
        paper_width: Some(width),
        paper_height: Some(height),
        print_background: Some(true),
        display_header_footer: Some(false),
        // The stylesheet's @page rule sets the margins.
        prefer_css_page_size: Some(false),
        ..PrintToPdfOptions::default()
    };
    let pdf = tab.print_to_pdf(Some(options)).with_context(|| failed("print"))?;
    let pages = lopdf::Document::load_mem(&pdf)
        .with_context(|| format!("the browser printed `{}` to a PDF that cannot be read", job.page.display()))?
        .get_pages()
        .len();
    std::fs::write(&job.pdf, &pdf).with_context(|| format!("failed to write `{}`", job.pdf.display()))?;
    Ok(Printed { pdf: job.pdf.clone(), pages })
}
