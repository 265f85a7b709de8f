//! Which file of the output folder a request names, and how it is sent: a path that could
//! leave the folder (`..`, its percent-encoded forms, a link that leads out) is refused before
//! the file system is asked, and again after, by where the file really is.

use std::fs;
use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

/// The tag that every HTML page gets before its `</body>`, as it is sent.
pub const LIVE_SCRIPT_TAG: &str = "<script src=\"/__outreach/live.js\"></script>";

/// What a request's path names in the served folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// This file (its real path).
    File(PathBuf),
    /// A folder asked for without its final `/`: the browser is sent to this address, so that
    /// the relative links of its `index.html` work.
    Folder(String),
    /// Nothing there; the path relative to the folder, with `index.html` for a folder.
    Missing(String),
    /// A path outside the folder, or one the preview never serves (hidden files).
    Refused,
}

/// The file of `root` (a real, absolute path) that the request target `target` names.
pub fn resolve(root: &Path, target: &str) -> Target {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let Some(rest) = path.strip_prefix('/') else { return Target::Refused };
    let mut relative = PathBuf::new();
    let segments: Vec<&str> = rest.split('/').collect();
    for (index, raw) in segments.iter().enumerate() {
        let Ok(segment) = percent_decode_str(raw).decode_utf8() else { return Target::Refused };
        if segment.is_empty() && index + 1 == segments.len() {
            continue;
        }
        // `..` and `.` start with a dot, like the hidden files a build leaves in its folder.
        let unsafe_char = |ch: char| matches!(ch, '/' | '\\' | ':' | '\0');
        if segment.is_empty() || segment.starts_with('.') || segment.contains(unsafe_char) {
            return Target::Refused;
        }
        relative.push(&*segment);
    }
    let missing = || Target::Missing(page_name(&relative, path.ends_with('/')));
    let Ok(found) = fs::canonicalize(root.join(&relative)) else { return missing() };
    if !found.starts_with(root) {
        return Target::Refused;
    }
    if !found.is_dir() {
        return Target::File(found);
    }
    if !path.ends_with('/') {
        return Target::Folder(format!("{path}/"));
    }
    match fs::canonicalize(found.join("index.html")) {
        Ok(index) if index.starts_with(root) => Target::File(index),
        Ok(_) => Target::Refused,
        Err(_) => missing(),
    }
}

/// How a page is named in the site: `es/flyer.html`, or `es/index.html` for the `folder` `es`.
fn page_name(relative: &Path, folder: bool) -> String {
    let name = relative.iter().map(|part| part.to_string_lossy()).collect::<Vec<_>>().join("/");
    match (folder, name.is_empty()) {
        (false, _) => name,
        (true, true) => "index.html".to_string(),
        (true, false) => format!("{name}/index.html"),
    }
}

/// The `Content-Type` of a file of the output folder, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or_default().to_ascii_lowercase();
    match extension.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "md" | "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "pdf" => "application/pdf",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// `page` with [`LIVE_SCRIPT_TAG`] before its last `</body>`, or at its end when it has none.
pub fn with_live_script(page: &str) -> String {
    let at = page.to_ascii_lowercase().rfind("</body>").unwrap_or(page.len());
    format!("{}{LIVE_SCRIPT_TAG}{}", &page[..at], &page[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("output");
        fs::create_dir_all(root.join("es")).unwrap();
        fs::write(root.join("index.html"), "picker").unwrap();
        fs::write(root.join("es/index.html"), "article").unwrap();
        fs::write(root.join(".outreach-build"), "marker").unwrap();
        fs::write(dir.path().join("outreach.toml"), "secret").unwrap();
        let root = fs::canonicalize(root).unwrap();
        (dir, root)
    }

    #[test]
    fn pages_and_folders_are_found() {
        let (_dir, root) = site();
        assert_eq!(resolve(&root, "/"), Target::File(root.join("index.html")));
        assert_eq!(resolve(&root, "/es/?x=1#top"), Target::File(root.join("es/index.html")));
        assert_eq!(resolve(&root, "/%65s/index.html"), Target::File(root.join("es/index.html")));
        assert_eq!(resolve(&root, "/es"), Target::Folder("/es/".into()));
        assert_eq!(resolve(&root, "/fr/flyer.html"), Target::Missing("fr/flyer.html".into()));
        assert_eq!(resolve(&root, "/fr/"), Target::Missing("fr/index.html".into()));
    }

    #[test]
    fn nothing_outside_the_folder_is_served() {
        let (_dir, root) = site();
        for target in [
            "/../outreach.toml",
            "/%2e%2e/outreach.toml",
            "/%2E%2E/outreach.toml",
            "/es/../../outreach.toml",
            "/..%2foutreach.toml",
            "/..%5coutreach.toml",
            "/.outreach-build",
            "//etc/passwd",
            "/es//index.html",
            "/%ff",
            "/a%00b",
            "http://example.org/",
            "",
        ] {
            assert_eq!(resolve(&root, target), Target::Refused, "{target}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_that_leads_out_is_refused() {
        let (dir, root) = site();
        std::os::unix::fs::symlink(dir.path().join("outreach.toml"), root.join("manifest.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), root.join("up")).unwrap();
        assert_eq!(resolve(&root, "/manifest.txt"), Target::Refused);
        assert_eq!(resolve(&root, "/up/outreach.toml"), Target::Refused);
        assert_eq!(resolve(&root, "/up/"), Target::Refused);
    }

    #[test]
    fn the_script_goes_before_the_last_body_end() {
        assert_eq!(with_live_script("<p>a</p></BODY></html>"), format!("<p>a</p>{LIVE_SCRIPT_TAG}</BODY></html>"));
        assert_eq!(with_live_script("<p>a</p>"), format!("<p>a</p>{LIVE_SCRIPT_TAG}"));
    }
}
