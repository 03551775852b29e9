//! Store timings on disk: open + load of 10,000 records, durable write latency (each save
//! flushed before it returns) as p50/p99, and the size on disk after 10,000 updates.
//!
//! A plain bench binary (percentiles of single durable writes do not fit criterion's model).
//! Prints one JSON object; `cargo xtask bench` passes LICENSURE_BENCH_OUT to have it written
//! there too. Limits: measures the page cache and disk of the machine it runs on.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a broken workload should stop the bench

#[path = "../../licensure-core/benches/fixture/mod.rs"]
mod fixture;

use std::path::Path;
use std::time::{Duration, Instant};

use licensure_core::model::{Credential, Offer, Profile};
use licensure_store::document::parse_import;
use licensure_store::{ExportDocument, Store};

/// Records in the large store (credentials + offers).
const LARGE_RECORDS: usize = 10_000;
/// Offers in every store.
const OFFERS: usize = 300;
/// Updates for the write latency and size figures.
const UPDATES: usize = 10_000;
/// Updates sampled on the large store.
const LARGE_UPDATES: usize = 100;
/// Open + load repetitions (the median is kept).
const LOADS: usize = 7;

fn typed_document(credentials: usize) -> ExportDocument {
    let doc = fixture::document(credentials, OFFERS);
    let profile: Profile = serde_json::from_value(doc["profile"].clone()).unwrap();
    let creds: Vec<Credential> = serde_json::from_value(doc["credentials"].clone()).unwrap();
    let offers: Vec<Offer> = serde_json::from_value(doc["offers"].clone()).unwrap();
    ExportDocument::new(Some(profile), creds, offers)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn disk_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => disk_bytes(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Updates credentials round-robin `n` times (a changed note each time), timing each save.
fn update_latencies(store: &Store, n: usize) -> Vec<Duration> {
    let credentials = store.credentials().unwrap();
    let mut times = Vec::with_capacity(n);
    for k in 0..n {
        let mut c = credentials[k % credentials.len()].clone();
        c.notes = format!("update {k}");
        let started = Instant::now();
        store.save_credential(c).unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    times
}

fn main() {
    // The app's workload goes through the import validation, as `licensure import` does.
    let app_text = fixture::document(1_000, OFFERS).to_string();
    let (app_doc, _warnings) =
        parse_import(&app_text).unwrap_or_else(|r| panic!("fixture refused: {:?}", r.problems));

    // 1. Open + load of 10,000 records.
    let large = tempfile::tempdir().unwrap();
    {
        let store = Store::open(large.path()).unwrap();
        store
            .replace_all(&typed_document(LARGE_RECORDS - OFFERS))
            .unwrap();
    }
    let mut loads = Vec::new();
    for _ in 0..LOADS {
        let started = Instant::now();
        let store = Store::open(large.path()).unwrap();
        let profile = store.profile().unwrap();
        let credentials = store.credentials().unwrap();
        let offers = store.offers().unwrap();
        loads.push(started.elapsed());
        assert!(profile.is_some());
        assert_eq!(credentials.len() + offers.len(), LARGE_RECORDS);
    }
    let large_writes = {
        let store = Store::open(large.path()).unwrap();
        update_latencies(&store, LARGE_UPDATES)
    };

    // 2. Durable writes on the app's workload (1,000 credentials, 300 offers).
    let app = tempfile::tempdir().unwrap();
    let store = Store::open(app.path()).unwrap();
    store.replace_all(&app_doc).unwrap();
    // What every save does before its write: read back and decode every credential for the
    // duplicate check (see Store::save_credential).
    let mut reads = Vec::new();
    for _ in 0..LOADS {
        let started = Instant::now();
        let all = store.credentials().unwrap();
        reads.push(started.elapsed());
        assert_eq!(all.len(), 1_000);
    }
    let size_before = disk_bytes(app.path());
    let writes = update_latencies(&store, UPDATES);
    drop(store);
    let size_after = disk_bytes(app.path());

    let report = serde_json::json!({
        "open_load_10000_records_ms": ms(median(loads)),
        "write_records_in_store": 1_000 + OFFERS,
        "read_all_credentials_ms": ms(median(reads)),
        "write_count": UPDATES,
        "write_p50_ms": ms(percentile(&writes, 50.0)),
        "write_p99_ms": ms(percentile(&writes, 99.0)),
        "write_max_ms": ms(percentile(&writes, 100.0)),
        "large_write_count": LARGE_UPDATES,
        "large_write_p50_ms": ms(percentile(&large_writes, 50.0)),
        "large_write_p99_ms": ms(percentile(&large_writes, 99.0)),
        "size_before_updates_bytes": size_before,
        "size_after_updates_bytes": size_after,
    });
    println!("{report}");
    if let Some(out) = std::env::var_os("LICENSURE_BENCH_OUT") {
        std::fs::write(out, report.to_string()).unwrap();
    }
}
