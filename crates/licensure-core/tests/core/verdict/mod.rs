//! The offer verdict: per patient state, authority, controlled substances and malpractice
//! over the offer's whole period, and the offer outcome with its steps, fees and days.
//!
//! The reference data here is a small synthetic dataset built in code (`dataset()`), so each
//! case controls exactly the facts it is about.

mod authority;
mod controlled_substances;
mod covered;
mod credentials;
mod explanations;
mod fixture;
mod malpractice;
mod period;
mod setbacks;
mod table;
mod together;
mod unknown_data;
