//! Stage 5, print (`build --pdf`, `--previews`): prints the written pages to PDF, and takes
//! the pictures the language picker shows, in a headless Chromium driven over the DevTools
//! protocol. One browser serves every page, with a few tabs printing
//! side by side: starting a browser per page would cost a second each.
//!
//! A browser, not a PDF library, because the pages are laid out by the browser (fit.js picks
//! the layout that fits), and the PDF must show exactly what a shelter's printer would print.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use headless_chrome::protocol::cdp::Page::{CaptureScreenshotFormatOption, Viewport};
use headless_chrome::types::PrintToPdfOptions;
use headless_chrome::{Browser, LaunchOptions, Tab};

use crate::config::Paper;
use crate::site::Campaign;

/// The browsers `--pdf` looks for on the PATH, in this order.
const BROWSERS: &[&str] = &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/// The environment variable that names the browser to use instead.
pub const BROWSER_VARIABLE: &str = "OUTREACH_BROWSER";

/// One page to print, on one or more paper sizes, and to take a picture of.
#[derive(Debug, Clone)]
pub struct Job {
    /// The HTML page, an absolute path.
    pub page: PathBuf,
    /// Each paper it is printed on, and where that PDF goes.
    pub prints: Vec<(Paper, PathBuf)>,
    /// Where its picture for the language picker goes, if it has one: a JPEG
    /// [`PREVIEW_WIDTH`] pixels wide of the printed sheet as it looks on screen.
    pub preview: Option<PathBuf>,
}

/// The width of a preview picture in pixels: twice the width the picker shows it at, so that
/// it is sharp on high-density screens.
pub const PREVIEW_WIDTH: f64 = 240.0;

/// A printed PDF: how many pages it came to, and whether its text fit.
#[derive(Debug, Clone)]
pub struct Printed {
    /// The PDF written.
    pub pdf: PathBuf,
    /// Its page count: a flyer or a card sheet must be 1.
    pub pages: usize,
    /// Whether fit.js marked the sheet `data-overflow`: even its tightest layout overflows. A
    /// card clips what does not fit, so this is the only sign of text cut off on a card.
    pub overflows: bool,
    /// Whether the sheet fits only in a layout that cuts the extra line height its script
    /// gets (Burmese, Urdu, the Indic scripts): there, the marks of neighbouring lines touch.
    pub squeezed: bool,
}

impl Printed {
    /// Whether the PDF is what a print run needs: one page, with all of its text, each line
    /// clear of the next.
    pub fn fits(&self) -> bool {
        self.pages == 1 && !self.overflows && !self.squeezed
    }
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

/// Prints every job with the browser at `browser`, in several tabs at once, and returns what
/// was printed in the order of `jobs`. Stops at the first page that cannot be printed.
pub fn print(browser: &Path, jobs: &[Job]) -> Result<Vec<Printed>> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let options = LaunchOptions::default_builder()
        .path(Some(browser.to_path_buf()))
        // The pages are our own files on disk; Chromium's sandbox refuses to start as root,
        // which is how CI and containers run.
        .sandbox(false)
        // Tall enough to lay a whole sheet out on screen, for its picture.
        .window_size(Some((1280, 1800)))
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .map_err(|err| anyhow!("cannot set up the browser: {err}"))?;
    let browser = Browser::new(options).with_context(|| format!("failed to start `{}`", browser.display()))?;
    // A page's time is mostly spent waiting for the browser's answers, not computing (each
    // call waits up to 100 ms: headless_chrome reads its socket with that timeout, holding the
    // lock a call needs): the campaign's 54 pages took 23 s in 2 tabs, 9.8 s in 4 and 7.9 s in
    // 6 or 8 on 2 cores (when a page was still polled), and with 8 tabs the largest process
    // (Chromium's) peaked at 242 MB.
    let tabs = TABS.min(jobs.len());
    let next = Mutex::new(jobs.iter().enumerate());
    let results = Mutex::new(Vec::with_capacity(jobs.len()));
    thread::scope(|scope| {
        for _ in 0..tabs {
            scope.spawn(|| {
                let tab = match browser.new_tab() {
                    Ok(tab) => tab,
                    Err(err) => {
                        results
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .push((0, Err(anyhow!("failed to open a browser tab: {err}"))));
                        return;
                    }
                };
                loop {
                    let Some((index, job)) = next.lock().unwrap_or_else(PoisonError::into_inner).next() else { break };
                    let printed = print_one(&tab, job);
                    let failed = printed.is_err();
                    results.lock().unwrap_or_else(PoisonError::into_inner).push((index, printed));
                    if failed {
                        break;
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    results.sort_by_key(|(index, _)| *index);
    let printed = results.into_iter().map(|(_, printed)| printed).collect::<Result<Vec<_>>>()?;
    Ok(printed.into_iter().flatten().collect())
}

/// How many tabs print side by side (see [`print`]).
const TABS: usize = 8;

/// Loads one page, lets its fonts load and fit.js settle, prints it on each paper and counts
/// the pages of each PDF.
fn print_one(tab: &Tab, job: &Job) -> Result<Vec<Printed>> {
    let url = url::Url::from_file_path(&job.page)
        .map_err(|()| anyhow!("`{}` is not an absolute path", job.page.display()))?;
    let failed = |what: &str| format!("failed to {what} `{}`", job.page.display());
    tab.navigate_to(url.as_str()).with_context(|| failed("load"))?;
    let Measured { overflows, squeezed, sheet } = load_and_measure(tab, &url).with_context(|| failed("load"))?;
    if let Some(preview) = &job.preview {
        let picture = take_picture(tab, sheet).with_context(|| failed("take a picture of"))?;
        std::fs::write(preview, picture).with_context(|| format!("failed to write `{}`", preview.display()))?;
    }
    let mut printed = Vec::new();
    for (paper, pdf_path) in &job.prints {
        let (width, height) = paper.inches();
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
        std::fs::write(pdf_path, &pdf).with_context(|| format!("failed to write `{}`", pdf_path.display()))?;
        printed.push(Printed { pdf: pdf_path.clone(), pages, overflows, squeezed });
    }
    Ok(printed)
}

/// A JPEG of the tab's printed sheet (or of the whole page, if it has none), whose place on
/// the page is `sheet`, [`PREVIEW_WIDTH`] pixels wide.
fn take_picture(tab: &Tab, sheet: [f64; 4]) -> Result<Vec<u8>> {
    let [x, y, width, height] = sheet;
    if width <= 0.0 {
        bail!("the page has no width to take a picture of");
    }
    let clip = Viewport { x, y, width, height, scale: PREVIEW_WIDTH / width };
    tab.capture_screenshot(CaptureScreenshotFormatOption::Jpeg, Some(80), Some(clip), true)
}

/// What a loaded page says of its sheet.
#[derive(serde::Deserialize)]
struct Measured {
    /// See [`Printed::overflows`].
    overflows: bool,
    /// See [`Printed::squeezed`].
    squeezed: bool,
    /// The sheet's first page (or the body, if it has none) on the page: x, y, width, height.
    sheet: [f64; 4],
}

/// Waits until the tab shows `url`, loaded, with its fonts in and fit.js settled (it fits the
/// sheet again once the fonts are in), and measures it. The page waits for itself, in one
/// call: each call to the browser costs up to 100 ms (see [`print`]), and polling from here
/// took a third of a print. headless_chrome's own wait lasts until the network has been idle
/// for a while, a second a page; a page from disk is ready long before.
fn load_and_measure(tab: &Tab, url: &url::Url) -> Result<Measured> {
    let url = serde_json::to_string(url.as_str())?;
    // style.css gives tall scripts `--extra-leading`, and its last-resort layout keeps only a
    // share of it (`--extra-share` below 1): such a sheet is squeezed.
    let script = format!(
        "new Promise((resolve) => {{ \
           const ready = () => document.URL === {url} && document.readyState === 'complete' \
             && (document.querySelector('script[src$=\"fit.js\"]') === null \
                 || document.documentElement.hasAttribute('data-fitted')); \
           const measure = () => {{ \
             const squeezed = [...document.querySelectorAll('.sheet .page')].some((page) => {{ \
               const style = getComputedStyle(page); \
               const extra = parseFloat(style.getPropertyValue('--extra-leading')) || 0; \
               const share = parseFloat(style.getPropertyValue('--extra-share')); \
               return extra > 0 && share < 1; }}); \
             const r = (document.querySelector('.sheet .page') || document.body).getBoundingClientRect(); \
             resolve(JSON.stringify({{ overflows: document.querySelector('[data-overflow]') !== null, squeezed, \
               sheet: [r.x + scrollX, r.y + scrollY, r.width, r.height] }})); }}; \
           const wait = () => ready() ? document.fonts.ready.then(measure) : setTimeout(wait, 10); \
           wait(); }})"
    );
    let started = Instant::now();
    while started.elapsed() < LOAD_TIMEOUT {
        // Asked before the page is there, the old document answers, or goes with its promise:
        // then ask the new one.
        let answer = tab.evaluate(&script, true).ok().and_then(|answer| answer.value);
        if let Some(measured) = answer.as_ref().and_then(|value| serde_json::from_str(value.as_str()?).ok()) {
            return Ok(measured);
        }
        thread::sleep(Duration::from_millis(10));
    }
    bail!("the page did not finish loading in {} s", LOAD_TIMEOUT.as_secs())
}

/// How long a page from disk may take to load.
const LOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// What the browser does for a build written to the folder `written` (absolute), whose
/// `pages` are those published: the picture of every published document that has one, and, with `pdf`, every paper size of every published document that
/// names one.
pub fn jobs(campaign: &Campaign, pages: &BTreeMap<PathBuf, String>, written: &Path, pdf: bool) -> Vec<Job> {
    let mut jobs = Vec::new();
    for tag in &campaign.languages {
        let folder = written.join(tag.to_string());
        for document in &campaign.config.documents {
            let page = PathBuf::from(tag.to_string()).join(document.output_file());
            let prints: Vec<_> = match pdf {
                true => document.pdf_files().into_iter().map(|(paper, file)| (paper, folder.join(file))).collect(),
                false => Vec::new(),
            };
            let preview = document.preview_file().map(|file| folder.join(file));
            if pages.contains_key(&page) && (!prints.is_empty() || preview.is_some()) {
                jobs.push(Job { page: written.join(&page), prints, preview });
            }
        }
    }
    jobs
}
