//! Core timings: offer verdicts, deadlines and IMLC eligibility over the benchmark workload
//! (`fixture`), plus the cost of cloning the same inputs as a same-run baseline.
//!
//! Run by `cargo xtask bench`, which reads criterion's estimates into docs/bench/. Limits:
//! pure computation only; no store, no UI.

#![allow(clippy::expect_used, clippy::unwrap_used)] // a broken workload should stop the bench

mod fixture;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use licensure_core::deadline::deadlines;
use licensure_core::imlc::imlc_eligibility;
use licensure_core::model::{Credential, Offer, Profile};
use licensure_core::reference::Dataset;
use licensure_core::verdict::{evaluate_offers, outline_offers};

struct Workload {
    profile: Profile,
    credentials: Vec<Credential>,
    offers: Vec<Offer>,
}

fn workload(credentials: usize, offers: usize) -> Workload {
    let doc = fixture::document(credentials, offers);
    Workload {
        profile: serde_json::from_value(doc["profile"].clone()).expect("profile"),
        credentials: serde_json::from_value(doc["credentials"].clone()).expect("credentials"),
        offers: serde_json::from_value(doc["offers"].clone()).expect("offers"),
    }
}

/// The same offers, each with patients in every jurisdiction (the heaviest offer there is).
fn nationwide(offers: &[Offer]) -> Vec<Offer> {
    offers
        .iter()
        .map(|o| Offer {
            patient_jurisdictions: licensure_core::Jurisdiction::ALL.to_vec(),
            ..o.clone()
        })
        .collect()
}

fn today() -> NaiveDate {
    let (y, m, d) = fixture::TODAY;
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn core(c: &mut Criterion) {
    let data = Dataset::bundled().expect("bundled dataset");
    let today = today();
    let w200 = workload(200, 300);
    let w1000 = workload(1000, 300);
    let all56 = nationwide(&w200.offers);

    // Whole-workload passes take milliseconds to a second: a few flat samples suffice.
    let mut heavy = c.benchmark_group("offers");
    heavy.sampling_mode(SamplingMode::Flat).sample_size(10);
    heavy.bench_function("evaluate_300", |b| {
        b.iter(|| {
            evaluate_offers(
                black_box(&w200.offers),
                &w200.profile,
                &w200.credentials,
                &data,
                today,
            )
        })
    });
    // What the offers list asks for: the same pass without writing the explanations.
    heavy.bench_function("outline_300", |b| {
        b.iter(|| {
            outline_offers(
                black_box(&w200.offers),
                &w200.profile,
                &w200.credentials,
                &data,
                today,
            )
        })
    });
    heavy.bench_function("evaluate_300_nationwide", |b| {
        b.iter(|| {
            evaluate_offers(
                black_box(&all56),
                &w200.profile,
                &w200.credentials,
                &data,
                today,
            )
        })
    });
    heavy.finish();
    c.bench_function("deadlines_1000", |b| {
        b.iter(|| {
            deadlines(
                Some(&w1000.profile),
                black_box(&w1000.credentials),
                &w1000.offers,
                &data,
                today,
            )
        })
    });
    c.bench_function("imlc_eligibility", |b| {
        b.iter(|| imlc_eligibility(&w200.profile, black_box(&w200.credentials), &data, today))
    });
    c.bench_function("baseline_clone_inputs", |b| {
        b.iter(|| {
            (
                black_box(&w200.offers).clone(),
                black_box(&w200.credentials).clone(),
            )
        })
    });
    c.bench_function("baseline_dataset_bundled", |b| b.iter(Dataset::bundled));
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = core
}
criterion_main!(benches);
