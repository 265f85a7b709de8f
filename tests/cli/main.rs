//! Integration tests: the real `outreach` binary on fixture trees under `tests/fixtures/`.

mod build;
mod campaign;
mod manifest;
mod support;
