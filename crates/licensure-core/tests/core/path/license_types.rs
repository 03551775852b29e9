//! License type names: which written types fit which profession.

use licensure_core::license_standing::license_type_fits;
use licensure_core::model::Profession;

#[test]
fn license_type_names() {
    let cases = [
        (Profession::Md, "MD", true),
        (Profession::Md, "m.d.", true),
        (Profession::Md, "Physician & Surgeon", true),
        (Profession::Do, "D.O.", true),
        (Profession::Md, "PA-C", false),
        (Profession::Pa, "PA-C", true),
        (Profession::Pa, "Physician Assistant", true),
        (Profession::Rn, "RN", true),
        (Profession::Rn, "LPN", false),
        (Profession::Lpn, "LVN", true),
        (Profession::NpAprn, "APRN", true),
        (Profession::NpAprn, "RN", false),
        (Profession::Counselor, "LPC", true),
        (Profession::SocialWorker, "LCSW", true),
        (Profession::Psychologist, "Psychologist", true),
        (Profession::Md, "", false),
        (Profession::Md, "  physician   and  SURGEON ", true),
        (Profession::Md, "Physician&Surgeon", true),
        (Profession::Md, "Physician &Surgeon", true),
        (Profession::Md, "M. D.", false),
        (Profession::Md, ". MD .", true),
        (Profession::Md, "MD&", false),
        (Profession::Md, "Physician", true),
        (Profession::Md, "Physician Surgeon", false),
        (Profession::Md, "MDX", false),
        (Profession::Md, "M", false),
        (Profession::Do, "Osteopathic Physician & Surgeon", true),
        (Profession::Md, "Ｍ.Ｄ.", false),
    ];
    for (profession, name, fits) in cases {
        assert_eq!(
            license_type_fits(profession, name),
            fits,
            "{profession:?} / {name:?}"
        );
    }
}
