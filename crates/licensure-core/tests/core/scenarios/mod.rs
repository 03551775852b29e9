//! The public scenario suite: offers a regulator or a lawyer would try, judged against the
//! bundled reference data. A physician licensed in the patient's state with a nationwide
//! $1M/$3M policy that covers telehealth, and a plain video offer, must get a decisive
//! answer wherever the data allows one; every answer that is not "acceptable now" must name
//! the fact behind it.

mod authority;
mod fixture;
mod grid;
mod prescribing;

pub(crate) use fixture::{judge, license, nationwide_policy, physician, plain_offer, today};
