//! Integration tests: the real `outreach` binary on fixture trees under `tests/fixtures/`.

mod build;
mod campaign;
mod check;
mod check_codes;
mod fuzz;
mod hostile;
mod layers;
mod manifest;
mod phone;
mod print;
mod serve;
mod support;
mod workbench;
mod workflow;
