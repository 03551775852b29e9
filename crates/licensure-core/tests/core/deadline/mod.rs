//! The deadline engine: one table of cases per rule, plus urgency bands, linked risks,
//! citations and the absence of numbers. Also the fixtures the reminder and calendar
//! tests share.

mod citations;
mod fixture;
mod licenses;
mod malpractice_policies;
mod offers;
mod qualifications;
mod registrations;
mod risks;
mod table;
mod wording;

pub use fixture::{board, caqh, d, dataset, dea, license, loq, malpractice};
