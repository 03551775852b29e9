// Generated from the Rust wire types by `cargo xtask bindings`. Do not edit by hand:
// the test suite fails when this file is stale.

export type About = { version: string, 
/**
 * The day the app was built (YYYY-MM-DD, UTC).
 */
build_date: string, reference_origin: ReferenceOrigin, 
/**
 * The date the reference data was last reviewed; `None` when it failed to load.
 */
reference_as_of: string | null, 
/**
 * The data directory; `None` when there is no home directory to keep it in.
 */
data_dir: string | null, licenses: Array<DependencyLicense>, };

export type Answer = "yes" | "no" | "unknown";

export type AnswerNotice = { answer_id: string, 
/**
 * None for a federal fact.
 */
jurisdiction: Jurisdiction | null, fact: CheckedFact, status: AnswerStatus, 
/**
 * Days since it was checked.
 */
age_days: number, 
/**
 * Older than 365 days: check it again.
 */
stale: boolean, 
/**
 * In plain words, for the list and the CLI.
 */
message: string, };

export type AnswerSource = { "kind": "address", url: string, } | { "kind": "phone_call", person: string, };

export type AnswerStatus = { "status": "in_use" } | { "status": "superseded", official_as_of: string, 
/**
 * The official fact says something else than the answer.
 */
disagrees: boolean, } | { "status": "no_entry" };

export type Applicability = { "kind": "all_licensees" } | { "kind": "controlled_substance_prescribers" } | { "kind": "dea_registrants" } | { "kind": "state_csr_holders" } | { "kind": "described", who: string, };

export type Attachment = { 
/**
 * The store's id; also the file's name in `<data>/attachments/`.
 */
id: string, 
/**
 * What it belongs to (a credential when the record does not say).
 */
owner: AttachmentOwner, 
/**
 * The id of the credential or CME activity it belongs to (which may since have been
 * deleted).
 */
owner_id: string, 
/**
 * The original file name, cleaned for display. Never used as a path.
 */
name: string, media_type: MediaType, 
/**
 * Size in bytes.
 */
size: number, 
/**
 * SHA-256 of the content, lowercase hex.
 */
sha256: string, 
/**
 * The local date it was attached.
 */
added: string, };

export type AttachmentOwner = "credential" | "cme_activity";

export type AuthorityBasis = "state_license" | "compact_privilege" | "telehealth_registration";

export type BoardCertification = { 
/**
 * The board's name ("American Board of Internal Medicine").
 */
board: string, specialty: string, body: CertifyingBody, 
/**
 * None when `time_unlimited`.
 */
expires: string | null, 
/**
 * A lifetime ("grandfathered") certificate.
 */
time_unlimited: boolean, };

export type CaqhAttestation = { provider_id: string, last_attested: string, };

export type CertifyingBody = "abms" | "aoa" | "other";

export type CheckedAnswer = { 
/**
 * Assigned by the store ("a3"); empty for a new answer.
 */
id: string, 
/**
 * None for a federal fact (the DEA telemedicine rule).
 */
jurisdiction: Jurisdiction | null, answer: CheckedValue, source: AnswerSource, 
/**
 * The day the clinician checked.
 */
checked_on: string, note: string, };

export type CheckedAnswers = { answers: Array<ListedAnswer>, settles: Array<FactReasons>, };

export type CheckedFact = "malpractice" | "csr" | "telehealth_prescribing" | "full_license" | "compact_membership" | "telehealth_route" | "telemedicine_rule";

export type CheckedValue = { "fact": "malpractice", "value": MalpracticeRequirement } | { "fact": "csr", "value": CsrRequirement } | { "fact": "telehealth_prescribing", "value": TelehealthPrescribing } | { "fact": "full_license", "value": FullLicenseFacts } | { "fact": "compact_membership", "value": CompactAnswer } | { "fact": "telehealth_route", "value": RouteAnswer } | { "fact": "telemedicine_rule", "value": TelemedicineAnswer };

export type Citation = { 
/**
 * What the fact is about ("IMLC status of TX").
 */
fact: string, sources: Array<string>, as_of: string, confidence: Confidence, };

export type CmeActivity = { 
/**
 * Assigned by the store; stable across edits, exports and imports.
 */
id: string, title: string, 
/**
 * The accredited provider ("American Academy of Family Physicians").
 */
provider: string, 
/**
 * The day the activity was completed (the certificate's date).
 */
completed: string, hours: CmeHours, category: CmeCategory, 
/**
 * The topics the activity covers; all of its hours count toward each of them.
 */
topics: Array<CmeTopic>, note: string, };

export type CmeActivityRow = { activity: CmeActivity, 
/**
 * The titles ("State license · TX") of the licenses whose current window holds it.
 */
counts_for: Array<string>, };

export type CmeCategory = "ama_pra_category_1" | "ama_pra_category_2" | "aoa_1a" | "aoa_1b" | "other";

export type CmeCategoryChoice = { category: CmeCategory, label: string, 
/**
 * Counts toward a state's Category 1 minimum.
 */
category1: boolean, };

export type CmeCsvField = "title" | "provider" | "completed" | "hours" | "category" | "topics" | "note" | "ignore";

export type CmeCsvOptions = { encoding: CsvEncoding | null, delimiter: CsvDelimiter | null, 
/**
 * One field per column; missing columns are not imported.
 */
mapping: Array<CmeCsvField> | null, };

export type CmeCsvPreview = { encoding: CsvEncoding, detected_encoding: CsvEncoding, byte_order_mark: boolean, delimiter: CsvDelimiter, detected_delimiter: CsvDelimiter, warning: string | null, headers: Array<string>, 
/**
 * One field per header.
 */
mapping: Array<CmeCsvField>, rows: Array<CmeCsvRow>, 
/**
 * A problem with the file as a whole (too large, not text, no header); no rows then.
 */
problem: string | null, };

export type CmeCsvRow = { 
/**
 * 1-based line of the row in the file.
 */
line: number, values: CmeCsvValues, activity: CmeActivity | null, 
/**
 * Errors (row skipped) and warnings (row imported).
 */
issues: Array<Issue>, };

export type CmeCsvValues = { title: string, provider: string, completed: string, hours: string, category: string, topics: string, note: string, };

export type CmeHours = number;

export type CmeOverview = { today: string, 
/**
 * Newest first.
 */
activities: Array<CmeActivityRow>, report: CmeReport, 
/**
 * The license whose CME is furthest behind its renewal (the dashboard's), by id.
 */
furthest_behind: string | null, categories: Array<CmeCategoryChoice>, topics: Array<CmeTopicChoice>, };

export type CmeReport = { licenses: Array<LicenseCme>, mate_act: Array<MateActProgress>, };

export type CmeRule = { 
/**
 * Hours per CME cycle; None when there is no general hour requirement (the topics may
 * still be required).
 */
hours: CmeHours | null, 
/**
 * Years of the CME cycle when it differs from the license's renewal cycle.
 */
cycle_years: number | null, 
/**
 * The least number of Category 1 hours among them; None when no minimum is set.
 */
category1_hours: CmeHours | null, required_topics: Array<TopicRequirement>, 
/**
 * How the rule differs for DOs, when the sources say.
 */
do_note: string, };

export type CmeStatus = "met" | "missing" | "verify" | "not_required";

export type CmeTopic = "pain_management" | "controlled_substance_prescribing" | "addiction_sud" | "pdmp" | "mate_act_sud_training" | "implicit_bias" | "cultural_competency" | "health_equity" | "ethics" | "risk_management" | "medical_errors" | "domestic_violence" | "sexual_assault" | "child_abuse" | "human_trafficking" | "sexual_harassment" | "professional_boundaries" | "end_of_life" | "hiv_aids" | "infectious_disease" | "dementia" | "geriatrics" | "behavioral_health" | "suicide_prevention" | "board_rules" | "public_health" | "bioterrorism" | "ehr_proficiency";

export type CmeTopicChoice = { topic: CmeTopic, label: string, };

export type CmeWindow = { start: string, end: string, };

export type Compact = "imlc" | "nlc" | "psypact" | "counseling" | "pa_compact" | "aprn_compact" | "social_work";

export type CompactAnswer = { compact: Compact, status: CompactStatus, 
/**
 * The day the jurisdiction began (or begins) issuing, when the clinician was told.
 */
implemented: string | null, };

export type CompactFacts = { compact: Compact, name: string, 
/**
 * Professions the compact covers.
 */
professions: Array<Profession>, 
/**
 * Whether the compact grants privileges anywhere yet.
 */
operational: Fact<boolean>, 
/**
 * The commission's own site.
 */
commission_url: string, 
/**
 * Typical time from application to being able to practise, in days.
 */
typical_days: Fact<number> | null, 
/**
 * Fee the commission charges (IMLC LOQ $700), in whole dollars.
 */
commission_fee_usd: Fact<number> | null, };

export type CompactMembership = { status: CompactStatus, 
/**
 * Date the legislation was enacted, when known.
 */
enacted: string | null, 
/**
 * Date the jurisdiction began issuing, or is expected to.
 */
implemented: string | null, };

export type CompactOption = { compact: Compact, name: string, 
/**
 * Met: a usable privilege is held. Missing: attainable. Verify: unknown. Blocked: not
 * usable now.
 */
outcome: Outcome, reasons: Array<Reason>, 
/**
 * The home state (or, for the IMLC, the first State of Principal License candidate).
 */
home_state: Jurisdiction | null, 
/**
 * Jurisdictions the compact reaches today.
 */
reaches: Array<Jurisdiction>, 
/**
 * Jurisdictions a privilege on record covers today.
 */
covered_now: Array<Jurisdiction>, 
/**
 * Steps still to take, in order.
 */
steps: Array<string>, fee_usd: number | null, typical_days: number | null, };

export type CompactPrivilege = { compact: Compact, home_state: Jurisdiction, 
/**
 * States the privilege covers. Empty means every current member state.
 */
privilege_states: Array<Jurisdiction>, number: string, issued: string | null, expires: string | null, };

export type CompactStatus = "member" | "member_not_principal" | "enacted_not_implemented" | "not_member";

export type CompensationFund = { 
/**
 * "Kansas Health Care Stabilization Fund (HCSF)".
 */
name: string, 
/**
 * Participation is a condition of practice (KS HCSF, PA Mcare, WI IPFCF), not a choice.
 */
mandatory: boolean, 
/**
 * The fund's layer above the primary policy, when known.
 */
layer_per_claim_usd: number | null, layer_aggregate_usd: number | null, 
/**
 * How to join and what it costs, in plain words.
 */
how_to_join: string, };

export type Confidence = "verified" | "secondary" | "conflicting" | "unknown" | "checked_by_you";

export type Coverage = { "scope": "nationwide" } | { "scope": "listed", "jurisdictions": Array<Jurisdiction> };

export type Credential = { 
/**
 * Assigned by the store; stable across edits, exports and imports.
 */
id: string, detail: CredentialDetail, notes: string, };

export type CredentialDetail = { "kind": "state_license" } & StateLicense | { "kind": "compact_privilege" } & CompactPrivilege | { "kind": "telehealth_registration" } & TelehealthRegistration | { "kind": "dea_registration" } & DeaRegistration | { "kind": "state_csr" } & StateCsr | { "kind": "malpractice_policy" } & MalpracticePolicy | { "kind": "board_certification" } & BoardCertification | { "kind": "imlc_loq" } & ImlcLoq | { "kind": "caqh_attestation" } & CaqhAttestation;

export type CsrRequirement = { required: boolean, 
/**
 * The agency that issues it, when required.
 */
agency: string, 
/**
 * Fee for one registration period, in whole dollars, when known.
 */
fee_usd: number | null, cycle_years: number | null, 
/**
 * Renews together with the professional license.
 */
renews_with_license: boolean, 
/**
 * How the registration's expiry is set, in plain words ("December 31 each year"); empty
 * when not established.
 */
expiry: string, 
/**
 * Typical days from application to registration, when known.
 */
typical_days: number | null, 
/**
 * Required even for out-of-state telehealth prescribers to patients there.
 */
required_for_telehealth_prescribers: boolean | null, };

export type CsvDelimiter = "comma" | "semicolon" | "tab";

export type CsvEncoding = "utf8" | "utf16_le" | "utf16_be" | "windows1252" | "mac_roman";

export type CsvField = "kind" | "jurisdiction" | "license_type" | "number" | "status" | "issued" | "expires" | "schedules" | "notes" | "ignore";

export type CsvOptions = { encoding: CsvEncoding | null, delimiter: CsvDelimiter | null, 
/**
 * One field per column; missing columns are not imported.
 */
mapping: Array<CsvField> | null, };

export type CsvPreview = { 
/**
 * The encoding the file was read with.
 */
encoding: CsvEncoding, 
/**
 * The encoding detection found (the same unless another was chosen).
 */
detected_encoding: CsvEncoding, 
/**
 * The file starts with a byte order mark.
 */
byte_order_mark: boolean, delimiter: CsvDelimiter, detected_delimiter: CsvDelimiter, 
/**
 * Bytes the encoding could not read were replaced by "�": the text is not what the file
 * holds, and another encoding is likely the right one.
 */
warning: string | null, headers: Array<string>, 
/**
 * One field per header.
 */
mapping: Array<CsvField>, rows: Array<CsvRow>, 
/**
 * A problem with the file as a whole (too large, not text, no header); no rows then.
 */
problem: string | null, };

export type CsvRow = { 
/**
 * 1-based line of the row in the file (the header is usually line 1).
 */
line: number, values: CsvValues, credential: Credential | null, 
/**
 * Errors (row skipped) and warnings (row imported).
 */
issues: Array<Issue>, };

export type CsvValues = { kind: string, jurisdiction: string, license_type: string, number: string, status: string, issued: string, expires: string, schedules: string, notes: string, };

export type DataCoverage = { dataset_as_of: string, topics: Array<TopicCoverage>, };

export type DataSource = "bundled" | "installed";

export type DataStatus = { source: DataSource, version: number, as_of: string, 
/**
 * The id of the key that signed the installed pack; none for the bundled data.
 */
key_id: string | null, 
/**
 * Why an installed pack is not in use (damaged, not trusted, superseded by this build).
 */
problem: string | null, };

export type DeaRegistration = { 
/**
 * Two letters and seven digits. Sensitive.
 */
number: string, jurisdiction: Jurisdiction, schedules: Array<Schedule>, expires: string | null, };

export type Deadline = { 
/**
 * Stable: `{credential id}:{kind}:{due}` ("c12:expiry:2027-03-31"), or
 * `rule.{rule id}:{kind}:{due}` for a federal rule. A renewed credential gets new ids.
 */
id: string, 
/**
 * The credential the deadline belongs to; None for federal rules.
 */
credential_id: string | null, kind: DeadlineKind, 
/**
 * What it is about, number-free: "State license · TX".
 */
subject: string, 
/**
 * Number-free: "State license · TX expires".
 */
title: string, due: string, 
/**
 * Days from today to `due`; negative once passed.
 */
days_left: number, urgency: Urgency, 
/**
 * Other credentials and offers that fall with this one, by kind and state
 * ("DEA registration · TX"), never by number.
 */
linked_risks: Array<string>, 
/**
 * Doubt about the date, in plain words (reference data unknown or conflicting).
 */
caveat: string | null, 
/**
 * The reference facts that set the date.
 */
citations: Array<Citation>, 
/**
 * For a license's (or DEA registration's) renewal: the CME still missing before it, in
 * words ("12 Category 1 hours and 2 hours of pain management still needed"); None when
 * nothing is missing or CME was not judged (see [`with_cme`]).
 */
cme_shortfall: string | null, };

export type DeadlineAction = { "action": "renew", proposed: string | null, } | { "action": "acknowledge" };

export type DeadlineItem = { 
/**
 * Number-free: "State license · TX expires", or "… expired on 2026-03-31" once passed.
 */
headline: string, 
/**
 * What to do about it, number-free.
 */
advice: string, 
/**
 * Renew (with a proposed new date) or only acknowledge.
 */
action: DeadlineAction, deadline: Deadline, };

export type DeadlineKind = "expiry" | "renewal_window_opens" | "loq_expires" | "caqh_reattest" | "board_cert_expires" | "malpractice_ends" | "tail_decision" | "federal_rule_ends";

export type DeadlineMark = { "mark": "done" } | { "mark": "snoozed", until: string, };

export type DeadlineTimeline = { today: string, items: Array<DeadlineItem>, };

export type DeliveryFailure = { 
/**
 * The reminder key that was not delivered.
 */
key: string, deadline_id: string, 
/**
 * The reminder's number-free title.
 */
title: string, 
/**
 * Local date and time of the last attempt.
 */
last_attempt: string, 
/**
 * How many times it was tried.
 */
attempts: number, 
/**
 * What the notification service said, with every digit run replaced by "#".
 */
error: string, };

export type DependencyLicense = { ecosystem: Ecosystem, name: string, version: string, 
/**
 * An SPDX expression ("MIT OR Apache-2.0"), as the package declares it.
 */
license: string, };

export type Ecosystem = "rust" | "npm";

export type Education = { school: MedicalSchool, 
/**
 * Graduate medical education (residency) completed in an ACGME- or AOA-accredited program.
 */
gme_completed: Answer, };

export type Eligibility = { today: string, imlc: ImlcEligibility, 
/**
 * Where the IMLC reaches today, at what cost, and why the other states are out of
 * reach.
 */
imlc_map: ImlcMap, 
/**
 * The compacts that cover the clinician's profession, and where they stand in each.
 */
compact_options: Array<CompactOption>, };

export type EmployerMalpractice = { 
/**
 * Empty means every patient jurisdiction of the offer is claimed to be covered; the
 * clinician should still check the certificate.
 */
jurisdictions: Array<Jurisdiction>, telehealth_covered: Answer, tail: Tail, };

export type ErrorCode = "in_use" | "damaged" | "attachment_damaged" | "too_new" | "invalid" | "not_found" | "io" | "reference_data" | "pack_signature" | "pack_damaged" | "pack_not_newer" | "pack_fails_checks" | "pack_from_the_future";

export type EvaluatedPeriod = { start: string, end: string, 
/**
 * The offer has no end date; `end` is the horizon.
 */
open_ended: boolean, };

export type ExamAttempts = { component: ExamComponent, 
/**
 * Attempts up to and including the passing one; at least 1.
 */
attempts: number, };

export type ExamComponent = "usmle_step1" | "usmle_step2_ck" | "usmle_step3" | "comlex_level1" | "comlex_level2_ce" | "comlex_level3";

export type ExpiryRule = { "rule": "birth_month" } | { "rule": "birth_date" } | { "rule": "issue_date" } | { "rule": "fixed_date", month: number, day: number, } | { "rule": "other", description: string, };

export type Fact<T> = { 
/**
 * None when unknown.
 */
value: T | null, 
/**
 * Source addresses (https URLs); at least one, even for an unknown fact (where it was
 * looked for). Shared: every citation of the fact points at the same list.
 */
sources: Array<string>, 
/**
 * The date the sources were read.
 */
as_of: string, confidence: Confidence, 
/**
 * Doubts, conflicts and context, in plain words.
 */
note: string, };

export type FactReasons = { fact: CheckedFact, codes: Array<string>, };

export type FullLicenseFacts = { 
/**
 * Application plus issuance fees, in whole dollars (fingerprint vendors' fees aside).
 */
fee_usd: number | null, 
/**
 * Typical days from a complete application to the license.
 */
typical_days: number | null, 
/**
 * What mostly sets the time, most important first.
 */
time_drivers: Array<TimeDriver>, 
/**
 * The state's own fee for a license issued through the IMLC (besides the commission's
 * Letter of Qualification fee), when known.
 */
imlc_fee_usd: number | null, };

export type History = { 
/**
 * Any disciplinary action on any license.
 */
discipline: Answer, 
/**
 * Any criminal history.
 */
criminal: Answer, 
/**
 * Any action against a controlled-substance registration.
 */
controlled_substance_action: Answer, 
/**
 * An investigation currently open.
 */
open_investigation: Answer, };

export type HoursProgress = { required: CmeHours, done: CmeHours, 
/**
 * What is still needed (zero when met).
 */
missing: CmeHours, };

export type ImlcEligibility = { outcome: ImlcOutcome, 
/**
 * Jurisdictions that can serve as State of Principal License, and why.
 */
principal_candidates: Array<PrincipalCandidate>, 
/**
 * Every requirement that failed, is unknown or carries a warning (met ones are omitted).
 */
reasons: Array<Reason>, 
/**
 * Inputs still unknown.
 */
questions: Array<Question>, 
/**
 * Members that issue compact licenses today (principal-capable or not).
 */
reachable_states: Array<Jurisdiction>, loq: LoqStanding, };

export type ImlcLoq = { principal_state: Jurisdiction, status: LoqStatus, applied: string | null, issued: string | null, 
/**
 * Set by the commission; when absent the rules derive it from the issue date and the
 * LOQ validity in the reference data.
 */
expires: string | null, };

export type ImlcMap = { terms: ImlcTerms, states: Array<ImlcReach>, };

export type ImlcOutcome = "eligible" | "not_eligible" | "verify" | "not_applicable";

export type ImlcReach = { jurisdiction: Jurisdiction, 
/**
 * As of today (a member whose start date is still ahead is "enacted, not issuing");
 * None when the reference data does not establish it.
 */
status: CompactStatus | null, 
/**
 * The state's own fee for a license through the compact, when recorded.
 */
state_fee_usd: number | null, 
/**
 * The state's fee for a full license by direct application, when known: what a
 * clinician can compare with when the compact fee is not recorded.
 */
full_license_fee_usd: number | null, 
/**
 * The membership fact behind the status.
 */
citation: Citation | null, };

export type ImlcTerms = { 
/**
 * The Letter of Qualification fee, paid once for every state chosen while it is valid.
 */
loq_fee_usd: number | null, 
/**
 * Days a Letter of Qualification stays valid.
 */
loq_validity_days: number | null, 
/**
 * The commission's typical time from application to license.
 */
typical_days: number | null, citations: Array<Citation>, };

export type InPersonExam = { "rule": "not_required" } | { "rule": "required", patients: InPersonPatients, 
/**
 * Schedules it applies to; empty means every controlled substance.
 */
schedules: Array<Schedule>, 
/**
 * Exceptions in plain words (buprenorphine, hospice, a referring practitioner's
 * recent in-person visit).
 */
exceptions: string, } | { "rule": "not_established" };

export type InPersonPatients = "all_patients" | "new_patients";

export type IpcError = { code: ErrorCode, message: string, 
/**
 * For `invalid` saves: each problem at its field, so a form can show it there.
 */
issues?: Array<Issue>, };

export type Issue = { severity: Severity, 
/**
 * A stable code the UI can branch on ("npi_check_digit").
 */
code: string, 
/**
 * Path of the field within the record, '/'-separated ("detail/expires").
 */
field: string, message: string, };

export type JudgedOffer = { offer: Offer, verdict: OfferOutline, };

export type JudgedOffers = { today: string, offers: Array<JudgedOffer>, };

export type Jurisdiction = "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";

export type JurisdictionAuthority = { jurisdiction: Jurisdiction, standing: Standing, 
/**
 * The strongest current authority, when there is one.
 */
basis: AuthorityBasis | null, 
/**
 * When the current authority ends (the latest end among them); None when open-ended or
 * when there is no current authority.
 */
expires: string | null, 
/**
 * An accessible name: "Texas: licensed, expires 2027-02-28". Never carries a number.
 */
label: string, };

export type JurisdictionEntry = { jurisdiction: Jurisdiction, 
/**
 * "Texas".
 */
name: string, kind: JurisdictionKind, };

export type JurisdictionFacts = { jurisdiction: Jurisdiction, 
/**
 * The medical board's site.
 */
medical_board_url: string, 
/**
 * Membership per compact; every compact appears.
 */
compacts: { [key in Compact]?: Fact<CompactMembership> }, 
/**
 * Whether any route short of a full license or a compact exists.
 */
telehealth_answer: Fact<TelehealthAnswer>, 
/**
 * Telehealth registrations, special licenses and exceptions, closed ones included.
 */
telehealth_routes: Array<Fact<TelehealthRoute>>, 
/**
 * State law on prescribing controlled substances by telehealth.
 */
telehealth_prescribing: Fact<TelehealthPrescribing>, csr: Fact<CsrRequirement>, malpractice: Fact<MalpracticeRequirement>, medical_renewal: Fact<RenewalCycle>, full_license: Fact<FullLicenseFacts>, 
/**
 * Continuing medical education for physicians. Every bundled file has it (checked);
 * optional on the wire so that datasets written before it still parse.
 */
cme?: Fact<CmeRule>, };

export type JurisdictionKind = "state" | "district" | "territory";

export type JurisdictionReference = { jurisdiction: Jurisdiction, name: string, 
/**
 * None when the dataset has no entry for the jurisdiction: everything is "verify".
 */
facts: JurisdictionFacts | null, };

export type LeftOutDocument = { credential: string, name: string, why: string, };

export type LicenseCme = { credential_id: string, jurisdiction: Jurisdiction, 
/**
 * Number-free ("State license · TX").
 */
title: string, 
/**
 * None when the license has no expiry or the cycle is unknown.
 */
window: CmeWindow | null, 
/**
 * When the CME must be complete: the window's end, which is the license's expiry.
 */
due: string | null, 
/**
 * Met only when every requirement that applies is met; Verify when any cannot be judged
 * and nothing is missing; Missing when anything is missing.
 */
status: CmeStatus, 
/**
 * Total hours; None when the state sets no hour requirement or it is unknown.
 */
total: HoursProgress | null, 
/**
 * Category 1 hours; None when the state sets no Category 1 minimum.
 */
category1: HoursProgress | null, topics: Array<TopicProgress>, 
/**
 * Every activity in the window.
 */
activity_ids: Array<string>, 
/**
 * What is still needed, in words ("12 Category 1 hours and 2 hours of pain management
 * still needed"); empty when nothing is missing.
 */
shortfall: string, 
/**
 * The reference fact the progress was judged against.
 */
citation: Citation | null, 
/**
 * Doubts about the rule (the fact's note), and why the status is "verify".
 */
note: string, };

export type LicenseRoute = "direct" | "endorsement" | "imlc";

export type LicenseStatus = "active" | "inactive" | "expired" | "pending" | "restricted" | "probation" | "revoked";

export type ListedAnswer = { answer: CheckedAnswer, notice: AnswerNotice, 
/**
 * The question in words ("malpractice minimum in RI", "standing of MI in the IMLC").
 */
question: string, };

export type LoqStanding = { "state": "none" } | { "state": "applied", credential_id: string, principal_state: Jurisdiction, applied: string | null, } | { "state": "issued", credential_id: string, principal_state: Jurisdiction, 
/**
 * Last day the letter is valid.
 */
expires: string | null, 
/**
 * Days from today to the last valid day (0 on that day).
 */
days_left: number | null, } | { "state": "expired", credential_id: string, principal_state: Jurisdiction, expired: string, };

export type LoqStatus = "applied" | "issued";

export type MalpracticePolicy = { carrier: string, policy_number: string, basis: PolicyBasis, 
/**
 * Claims-made only: incidents before this date are not covered.
 */
retroactive_date: string | null, 
/**
 * Per-claim limit in whole US dollars.
 */
per_claim_limit: number | null, 
/**
 * Aggregate limit in whole US dollars.
 */
aggregate_limit: number | null, coverage: Coverage, telehealth_covered: Answer, period_start: string, period_end: string, tail: Tail, 
/**
 * Provided by an employer rather than bought by the clinician.
 */
employer_provided: boolean, 
/**
 * States whose patient compensation fund this coverage takes part in (Kansas HCSF,
 * Pennsylvania Mcare, Wisconsin IPFCF), where joining is a condition of practice.
 */
compensation_funds: Array<Jurisdiction>, };

export type MalpracticeRequirement = { rule: MalpracticeRule, 
/**
 * Least per-claim limit of the primary policy, when the rule sets one.
 */
min_per_claim_usd: number | null, 
/**
 * Least annual aggregate of the primary policy, when the rule sets one.
 */
min_aggregate_usd: number | null, 
/**
 * The compensation fund, mandatory or voluntary, when the jurisdiction has one.
 */
fund: CompensationFund | null, 
/**
 * Ways to comply other than a policy (financial responsibility), in plain words.
 */
alternatives: string, 
/**
 * Whether the rule reaches physicians outside the jurisdiction treating patients in it
 * by telehealth; None when the sources do not say.
 */
applies_to_telehealth: boolean | null, };

export type MalpracticeRule = "none" | "mandate" | "fund_only" | "financial_responsibility";

export type MateActProgress = { credential_id: string, jurisdiction: Jurisdiction, status: CmeStatus, required: CmeHours, 
/**
 * Hours of every activity ever logged with the MATE Act topic.
 */
done: CmeHours, activity_ids: Array<string>, 
/**
 * The registration's next renewal (its expiry), when the training is missing.
 */
due: string | null, citation: Citation | null, };

export type MateActTraining = { 
/**
 * Attested on every DEA application, initial or renewal, from this date.
 */
effective_from: string, hours: CmeHours, 
/**
 * Training completed before this date counts (the DEA's guidance date).
 */
counts_from_any_date: boolean, summary: string, };

export type MediaType = "application/pdf" | "image/png" | "image/jpeg" | "text/plain";

export type MedicalSchool = "accredited" | "imed_listed" | "not_listed" | "unknown";

export type Modality = "video" | "audio_only" | "asynchronous";

export type Offer = { 
/**
 * Assigned by the store.
 */
id: string, employer: string, role: string, patient_jurisdictions: Array<Jurisdiction>, start: string, 
/**
 * None for an open-ended engagement.
 */
end: string | null, modalities: Array<Modality>, 
/**
 * Schedules the role needs prescribed; empty means no controlled substances.
 */
controlled_substances: Array<Schedule>, 
/**
 * The role also includes seeing patients in person in a patient jurisdiction (a
 * telehealth registration that forbids in-person care then does not serve).
 */
in_person_visits: boolean, 
/**
 * None when the clinician brings their own malpractice coverage.
 */
employer_malpractice: EmployerMalpractice | null, 
/**
 * The employer reimburses license and registration fees.
 */
fees_reimbursed: boolean, 
/**
 * Free text ("$180/h", "$260k/yr").
 */
pay: string, notes: string, };

export type OfferOutcome = "acceptable_now" | "acceptable_after_steps" | "not_acceptable" | "verify";

export type OfferOutline = { offer_id: string, outcome: OfferOutcome, period: EvaluatedPeriod | null, 
/**
 * One per distinct patient jurisdiction, in the offer's order.
 */
states: Array<StateOutline>, 
/**
 * Sum of the known fees of all steps.
 */
total_known_fees_usd: number, 
/**
 * Steps whose fee is not known (not counted in the total).
 */
steps_with_unknown_fee: number, 
/**
 * The offer says the employer reimburses license and registration fees.
 */
fees_reimbursed: boolean, 
/**
 * The longest time until the offer is acceptable, in days: steps within a state are
 * taken one after another (a DEA registration needs the state license first), states in
 * parallel. Counts known durations only; None when no step has one.
 */
max_estimated_days: number | null, 
/**
 * Steps whose duration is not known (not counted in the maximum).
 */
steps_with_unknown_days: number, 
/**
 * Jurisdictions with at least one step to take.
 */
states_needing_steps: Array<Jurisdiction>, };

export type OfferTotals = { 
/**
 * Sum of the known fees of all steps.
 */
total_known_fees_usd: number, 
/**
 * Steps whose fee is not known (not counted in the total).
 */
steps_with_unknown_fee: number, 
/**
 * The offer says the employer reimburses license and registration fees.
 */
fees_reimbursed: boolean, 
/**
 * The longest time until the offer is acceptable, in days: steps within a state are
 * taken one after another (a DEA registration needs the state license first), states in
 * parallel. Counts known durations only; None when no step has one.
 */
max_estimated_days: number | null, 
/**
 * Steps whose duration is not known (not counted in the maximum).
 */
steps_with_unknown_days: number, 
/**
 * Jurisdictions with at least one step to take.
 */
states_needing_steps: Array<Jurisdiction>, };

export type OfferVerdict = { offer_id: string, outcome: OfferOutcome, 
/**
 * The days judged; None when the offer has no period left (ended, or dates inverted).
 */
period: EvaluatedPeriod | null, 
/**
 * Reasons about the offer as a whole (period, horizon, missing answers).
 */
reasons: Array<Reason>, 
/**
 * One verdict per distinct patient jurisdiction, in the offer's order.
 */
states: Array<StateVerdict>, 
/**
 * Sum of the known fees of all steps.
 */
total_known_fees_usd: number, 
/**
 * Steps whose fee is not known (not counted in the total).
 */
steps_with_unknown_fee: number, 
/**
 * The offer says the employer reimburses license and registration fees.
 */
fees_reimbursed: boolean, 
/**
 * The longest time until the offer is acceptable, in days: steps within a state are
 * taken one after another (a DEA registration needs the state license first), states in
 * parallel. Counts known durations only; None when no step has one.
 */
max_estimated_days: number | null, 
/**
 * Steps whose duration is not known (not counted in the maximum).
 */
steps_with_unknown_days: number, 
/**
 * Jurisdictions with at least one step to take.
 */
states_needing_steps: Array<Jurisdiction>, };

export type OpenedOffer = { today: string, offer: Offer, verdict: OfferVerdict, };

export type Outcome = "met" | "warning" | "verify" | "missing" | "blocked";

export type Overview = { profile: Profile | null, credentials: Array<Credential>, offers: Array<Offer>, };

export type PacketChoice = { id: string, 
/**
 * Number-free ("State license · TX").
 */
title: string, 
/**
 * How many documents are attached to it.
 */
documents: number, 
/**
 * Ticked at first: for an offer, relied on by its verdict or profile-level.
 */
proposed: boolean, };

export type PacketChoices = { offer_id: string | null, 
/**
 * The offer in words ("Bluebird Health — Urgent care physician").
 */
offer: string | null, credentials: Array<PacketChoice>, };

export type PathToState = { jurisdiction: Jurisdiction, routes: Array<Route>, };

export type PolicyBasis = "claims_made" | "occurrence";

export type PracticeShare = { jurisdiction: Jurisdiction, 
/**
 * 0 to 100.
 */
percent: number, };

export type PrincipalBasis = "primary_residence" | "practice_share" | "employer_location" | "federal_tax_residence";

export type PrincipalCandidate = { jurisdiction: Jurisdiction, bases: Array<PrincipalBasis>, 
/**
 * The full, unrestricted license held there.
 */
license_credential_id: string, citations: Array<Citation>, };

export type Profession = "md" | "do" | "np_aprn" | "pa" | "rn" | "lpn" | "psychologist" | "counselor" | "social_worker";

export type Profile = { given_name: string, family_name: string, profession: Profession, 
/**
 * National Provider Identifier, 10 digits. Sensitive: never logged or notified.
 */
npi: string | null, 
/**
 * Primary residence.
 */
residence: Jurisdiction | null, 
/**
 * Where the main employer is located.
 */
employer_jurisdiction: Jurisdiction | null, 
/**
 * The jurisdiction used as residence for federal income tax.
 */
tax_jurisdiction: Jurisdiction | null, practice_shares: Array<PracticeShare>, education: Education, exam_attempts: Array<ExamAttempts>, history: History, };

export type Question = { 
/**
 * Stable, snake_case ("discipline").
 */
code: string, question: string, 
/**
 * The profile field that answers it ("history.discipline").
 */
profile_field: string, };

export type Reason = { 
/**
 * Stable, snake_case ("license_expires_during_offer"). Borrowed when the rules make it:
 * codes are constants, and a verdict carries thousands of reasons.
 */
code: string, outcome: Outcome, 
/**
 * Plain language; never contains a license, DEA, NPI or policy number.
 */
message: string, 
/**
 * The credential the rule relied on, by id.
 */
credential_id: string | null, 
/**
 * The reference facts behind it.
 */
citations: Array<Citation>, 
/**
 * Which of the jurisdiction's facts of a kind a "verify" reason rests on, where the code
 * does not say: the compact ("imlc") or the telehealth route's id. A checked answer on
 * that fact names the same subject.
 */
subject?: string, };

export type Recurrence = { "kind": "one_time" } | { "kind": "every_cycle" } | { "kind": "every_years", years: number, } | { "kind": "first_renewal" };

export type ReferenceIndex = { 
/**
 * The date the dataset was last reviewed.
 */
as_of: string, 
/**
 * The local date the age is measured against.
 */
today: string, 
/**
 * Days from the review date to today.
 */
age_days: number, stale_after_days: number, 
/**
 * Older than `stale_after_days`: facts may have changed since.
 */
stale: boolean, 
/**
 * All 56 jurisdictions, in code order.
 */
jurisdictions: Array<JurisdictionEntry>, 
/**
 * Facts about each compact as a whole (name, professions, operational).
 */
compacts: Array<CompactFacts>, 
/**
 * How complete the facts are, per topic, over the 50 states and DC.
 */
coverage: DataCoverage, };

export type ReferenceOrigin = "bundled" | "installed";

export type ReminderSettings = { 
/**
 * Days before the due date, for every kind not listed in `per_kind`.
 */
lead_days: Array<number>, 
/**
 * Days before the due date for particular kinds. An empty list turns reminders off for
 * that kind (lapsed and verify reminders included).
 */
per_kind: { [key in DeadlineKind]?: Array<number> }, };

export type RenewalCycle = { cycle_years: number, expiry_rule: ExpiryRule, 
/**
 * Days before expiry that renewal opens, when known.
 */
window_days: number | null, 
/**
 * Fee for one renewal, in whole dollars, when known.
 */
fee_usd: number | null, };

export type RenewalDue = { jurisdiction: Jurisdiction, 
/**
 * The credential that renews, by id.
 */
credential_id: string, 
/**
 * What renews, in words ("the Texas license"), without its number.
 */
what: string, 
/**
 * Its last valid day: renew by then.
 */
due: string, 
/**
 * The first day the renewal can be filed, when the reference data gives the window.
 */
opens: string | null, 
/**
 * The renewal fee in whole US dollars, when known.
 */
fee_usd: number | null, };

export type Requirement = "authority" | "controlled_substances" | "federal_rule" | "malpractice";

export type RequirementVerdict = { requirement: Requirement, outcome: Outcome, 
/**
 * Its reasons are the state's reasons `first` to `first + count - 1`.
 */
first: number, count: number, };

export type RestoreReport = { 
/**
 * Where the previous database was moved; None when there was none.
 */
quarantined_to: string | null, 
/**
 * The file the content came from.
 */
restored_from: string, 
/**
 * Newer backups passed over because they failed their checks, newest first, each with
 * the reason.
 */
skipped: Array<string>, profile: boolean, credentials: number, offers: number, };

export type Route = { kind: RouteKind, name: string, 
/**
 * Met (or Warning): usable now. Missing: attainable with the steps. Verify: unknown.
 * Blocked: not available to this clinician.
 */
outcome: Outcome, 
/**
 * Why the route is (not) open, what is missing.
 */
reasons: Array<Reason>, 
/**
 * Steps the clinician still has to take, in order.
 */
steps: Array<string>, fee_usd: number | null, typical_days: number | null, 
/**
 * The reference facts behind the fee and time.
 */
citations: Array<Citation>, };

export type RouteAnswer = { 
/**
 * The route's id in the reference data ("ks_telemedicine_waiver").
 */
route: string, 
/**
 * The professions the route covers.
 */
professions: Array<Profession>, 
/**
 * Controlled substances may be prescribed under it; None when the board could not say.
 */
controlled_substances_allowed: boolean | null, 
/**
 * Schedules that may not be prescribed under it, where controlled substances may.
 */
excluded_schedules: Array<Schedule>, };

export type RouteKind = "already_authorized" | "compact_license" | "compact_privilege" | "telehealth_registration" | "telehealth_exception" | "full_license";

export type RouteScope = "any_patient" | "existing_patients" | "consultation" | "emergency" | "occasional" | "border";

export type SavedFile = { 
/**
 * The full path, as the clinician picked it (with its extension added when they left
 * it out).
 */
path: string, bytes: number, };

export type SavedPacket = { file: SavedFile, pages: number, credentials: number, documents: number, left_out: Array<LeftOutDocument>, };

export type Schedule = "2" | "2N" | "3" | "3N" | "4" | "5";

export type Severity = "error" | "warning";

export type Standing = "licensed" | "compact" | "telehealth_registration" | "expiring" | "lapsed" | "none";

export type StateCsr = { jurisdiction: Jurisdiction, number: string, schedules: Array<Schedule>, issued: string | null, expires: string | null, };

export type StateLicense = { jurisdiction: Jurisdiction, 
/**
 * "MD", "DO", "APRN", "RN", … as the board names it.
 */
license_type: string, number: string, status: LicenseStatus, restriction_notes: string, issued: string | null, expires: string | null, route: LicenseRoute, };

export type StateOutline = { jurisdiction: Jurisdiction, outcome: Outcome, 
/**
 * How many steps are needed there before the start.
 */
step_count: number, };

export type StateVerdict = { jurisdiction: Jurisdiction, 
/**
 * The worst reason by the module's precedence (blocked > verify > missing > warning >
 * met).
 */
outcome: Outcome, 
/**
 * Every requirement checked: authority, then controlled substances, then malpractice.
 */
reasons: Array<Reason>, 
/**
 * What to do before the offer can be accepted, in order (a state CSR comes before the
 * DEA registration that needs it).
 */
steps: Array<Step>, 
/**
 * Credentials valid at the start that expire during the offer, soonest first.
 */
renewals: Array<RenewalDue>, 
/**
 * Each requirement judged here, in the grid's order.
 */
requirements: Array<RequirementVerdict>, 
/**
 * The fastest route to authority, when authority is not met now.
 */
fastest_path: Route | null, };

export type Step = { jurisdiction: Jurisdiction, 
/**
 * The code of the reason this step resolves.
 */
resolves: string, 
/**
 * What to do, in plain words, without credential numbers.
 */
description: string, 
/**
 * The sub-steps of a route, in order (from the fastest path).
 */
details: Array<string>, 
/**
 * Typical days to complete, when known.
 */
estimated_days: number | null, 
/**
 * Fee in whole US dollars, when known.
 */
fee_usd: number | null, 
/**
 * The offer says the employer reimburses license and registration fees.
 */
fee_reimbursed: boolean, };

export type Tail = "unknown" | "none" | "purchased" | "employer";

export type TelehealthAnswer = "routes" | "no_route";

export type TelehealthPrescribing = { in_person_exam: InPersonExam, 
/**
 * Schedules that may not be prescribed by telehealth at all.
 */
barred_schedules: Array<Schedule>, 
/**
 * Limits by condition or drug in plain words ("no opioids for chronic pain").
 */
limits: string, 
/**
 * A patient relationship may be established by video; None when not established.
 */
relationship_by_video: boolean | null, relationship_by_audio_only: boolean | null, relationship_asynchronous: boolean | null, };

export type TelehealthRegistration = { jurisdiction: Jurisdiction, number: string, issued: string | null, expires: string | null, 
/**
 * Limits the registration carries, as the clinician recorded them.
 */
limits: string, };

export type TelehealthRoute = { 
/**
 * A stable id ("fl_telehealth_registration").
 */
id: string, name: string, 
/**
 * A registration or special license to apply for, or an exception that needs none.
 */
kind: TelehealthRouteKind, 
/**
 * Whom the route lets the clinician treat.
 */
scope: RouteScope, professions: Array<Profession>, 
/**
 * Modalities it allows; empty means any.
 */
modalities: Array<Modality>, 
/**
 * Controlled substances may be prescribed under it; None when not established.
 */
controlled_substances_allowed: boolean | null, 
/**
 * Schedules that may not be prescribed under it even where controlled substances are.
 */
excluded_schedules: Array<Schedule>, 
/**
 * The holder must not open an office in the jurisdiction.
 */
no_office: boolean, 
/**
 * In-person care is not allowed under it.
 */
no_in_person: boolean, 
/**
 * The holder must carry malpractice cover for patients in this jurisdiction.
 */
requires_malpractice_cover: boolean, fee_usd: number | null, renewal_years: number | null, typical_days: number | null, 
/**
 * The last day the route could be obtained or used, when it has been closed. A closed
 * route is kept so that no rule ever offers it.
 */
closed_on: string | null, 
/**
 * Other limits in plain words.
 */
limits: string, };

export type TelehealthRouteKind = "registration" | "special_license" | "exception";

export type TelemedicineAnswer = { 
/**
 * Last day in force; None when DEA set no end.
 */
effective_until: string | null, };

export type TimeDriver = "fcvs" | "primary_source_verification" | "interview" | "board_meeting" | "jurisprudence_exam" | "background_check" | "applicant_documents";

export type TopicCoverage = { 
/**
 * A stable id ("malpractice", "compact_imlc").
 */
topic: string, 
/**
 * What the topic is, in words ("Malpractice requirement").
 */
label: string, verified: number, secondary: number, conflicting: number, unknown: number, 
/**
 * States and DC where the topic is not established (conflicting or unknown).
 */
not_established: Array<Jurisdiction>, 
/**
 * Territories (of 5) where the topic is established.
 */
territories_established: number, };

export type TopicProgress = { 
/**
 * The requirement in plain words, from the reference data.
 */
description: string, 
/**
 * The topics that count toward it.
 */
topics: Array<CmeTopic>, recurrence: Recurrence, applies_to: Applicability, 
/**
 * Hours needed, when the rule gives them.
 */
required: CmeHours | null, 
/**
 * Hours of the counting activities (several activities together).
 */
done: CmeHours, status: CmeStatus, 
/**
 * The activities that count toward it.
 */
activity_ids: Array<string>, 
/**
 * The day it must be done by, when it is missing.
 */
due: string | null, 
/**
 * Why it applies, does not, or must be verified, in plain words.
 */
reason: string, };

export type TopicRequirement = { 
/**
 * The topics that count: an activity covering any one of them counts.
 */
topics: Array<CmeTopic>, 
/**
 * Hours needed; None when the requirement is a course or attestation whose hours were
 * not read (the rules then answer "verify" for it once something is logged).
 */
hours: CmeHours | null, recurrence: Recurrence, applies_to: Applicability, 
/**
 * The requirement in plain words, as the source puts it.
 */
description: string, };

export type Urgency = "passed" | "within_14_days" | "within_30_days" | "within_90_days" | "later" | "verify";

/** The largest document that can be attached, in bytes. */
export const MAX_ATTACHMENT_BYTES = 20971520;

/** The largest CSV file the import reads, in bytes. */
export const MAX_CSV_BYTES = 8388608;
