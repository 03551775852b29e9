//! The deadline table harness: a case, and the runner that checks every rule's table.

use super::fixture::{d, dataset, profile};
use licensure_core::deadline::{deadlines, Urgency};
use licensure_core::model::{Credential, Offer, Profession};
use licensure_core::reference::Dataset;

use super::{licenses, malpractice_policies, offers, qualifications, registrations};

pub(super) fn unchanged(_: &mut Dataset) {}

pub(super) struct Case {
    pub(super) name: &'static str,
    pub(super) profile: Option<Profession>,
    pub(super) credentials: Vec<Credential>,
    pub(super) offers: Vec<Offer>,
    pub(super) data: fn(&mut Dataset),
    pub(super) today: &'static str,
    /// (id, days_left, urgency), in the order expected.
    pub(super) expected: Vec<(&'static str, i64, Urgency)>,
}

pub(super) fn case(
    name: &'static str,
    credentials: Vec<Credential>,
    today: &'static str,
    expected: Vec<(&'static str, i64, Urgency)>,
) -> Case {
    Case {
        name,
        profile: None,
        credentials,
        offers: Vec::new(),
        data: unchanged,
        today,
        expected,
    }
}

#[test]
fn deadline_rules_per_kind() {
    let cases = [
        licenses::cases(),
        registrations::cases(),
        qualifications::cases(),
        malpractice_policies::cases(),
        offers::cases(),
    ]
    .into_iter()
    .flatten();
    for case in cases {
        let mut data = dataset();
        (case.data)(&mut data);
        let profile = case.profile.map(profile);
        let got = deadlines(
            profile.as_ref(),
            &case.credentials,
            &case.offers,
            &data,
            d(case.today),
        );
        let got: Vec<(&str, i64, Urgency)> = got
            .iter()
            .map(|x| (x.id.as_str(), x.days_left, x.urgency))
            .collect();
        assert_eq!(got, case.expected, "case: {}", case.name);
    }
}
