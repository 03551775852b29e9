//! The path to a state: which routes exist, what each still needs, and their order.

mod license_types;
mod other_professions;
mod physicians;
mod steps;
mod table;
