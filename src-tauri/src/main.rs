//! The Licensure desktop app's entry point.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc: a verdict pass allocates thousands of short-lived texts and lists, and spends
/// about 40 % less time in a faster allocator (see docs/bench/report.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    licensure_app::run();
}
