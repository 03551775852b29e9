//! IMLC eligibility cases on disciplinary, criminal and investigation history.

use licensure_core::imlc::ImlcOutcome;
use licensure_core::model::Answer;

use super::table::*;

pub(super) fn cases() -> Vec<Case> {
    vec![
        Case {
            profile: md_with(|p| p.history.controlled_substance_action = Answer::Yes),
            ..not_eligible(
                "controlled-substance action",
                &["controlled_substance_action"],
            )
        },
        Case {
            profile: md_with(|p| p.history.open_investigation = Answer::Yes),
            ..not_eligible("open investigation", &["open_investigation"])
        },
        Case {
            name: "an unanswered history question gives verify, never eligible",
            profile: md_with(|p| p.history.discipline = Answer::Unknown),
            outcome: ImlcOutcome::Verify,
            codes: &["discipline_unknown"],
            questions: &["discipline"],
            ..base()
        },
        Case {
            name: "every history question unanswered: four questions",
            profile: md_with(|p| p.history = Default::default()),
            outcome: ImlcOutcome::Verify,
            codes: &[
                "controlled_substance_action_unknown",
                "criminal_history_unknown",
                "discipline_unknown",
                "open_investigation_unknown",
            ],
            questions: &[
                "controlled_substance_action",
                "criminal_history",
                "discipline",
                "open_investigation",
            ],
            ..base()
        },
        Case {
            profile: md_with(|p| {
                p.history.discipline = Answer::Yes;
                p.history.criminal = Answer::Unknown;
            }),
            codes: &["discipline", "criminal_history_unknown"],
            questions: &["criminal_history"],
            ..not_eligible("a definite failure outweighs an open question", &[])
        },
    ]
}
