//! IMLC reachable states: the members issuing licenses today.

use licensure_core::imlc::imlc_eligibility;
use licensure_core::model::Compact;
use licensure_core::Jurisdiction::*;

use crate::compact_fixture::*;

#[test]
fn reachable_states_are_members_issuing_today() {
    let cases = vec![
        (
            "principal-capable and non-principal members are reachable; pending ones are not",
            Data::standard().build(),
            vec![AZ, CO, FL, HI, IL, MN, TX, UT, VT, WI],
        ),
        (
            "a member with an unknown status is not counted as reachable",
            Data::standard()
                .membership_fact(Compact::Imlc, UT, unknown())
                .build(),
            vec![AZ, CO, FL, HI, IL, MN, TX, VT, WI],
        ),
    ];
    for (name, data, want) in cases {
        let result = imlc_eligibility(&physician(), &[md(TX), abms()], &data, today());
        assert_eq!(result.reachable_states, want, "{name}");
    }
}
