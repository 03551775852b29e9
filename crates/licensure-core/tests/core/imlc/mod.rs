//! IMLC eligibility: every criterion and its edges, the State of Principal License bases,
//! reachable states and the Letter of Qualification.

mod exams;
mod history;
mod letter;
mod licenses;
mod principal_license;
mod qualifications;
mod reachable;
mod table;
mod unknown_and_not_applicable;
