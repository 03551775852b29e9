// Generated from the Rust wire types by `cargo xtask bindings`. Do not edit by hand:
// the test suite fails when this file is stale.

export type Answer = "yes" | "no" | "unknown";

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

export type Compact = "imlc" | "nlc" | "psypact" | "counseling" | "pa_compact" | "aprn_compact" | "social_work";

export type CompactPrivilege = { compact: Compact, home_state: Jurisdiction, 
/**
 * States the privilege covers. Empty means every current member state.
 */
privilege_states: Array<Jurisdiction>, number: string, issued: string | null, expires: string | null, };

export type Coverage = { "scope": "nationwide" } | { "scope": "listed", "jurisdictions": Array<Jurisdiction> };

export type Credential = { 
/**
 * Assigned by the store; stable across edits, exports and imports.
 */
id: string, detail: CredentialDetail, notes: string, };

export type CredentialDetail = { "kind": "state_license" } & StateLicense | { "kind": "compact_privilege" } & CompactPrivilege | { "kind": "telehealth_registration" } & TelehealthRegistration | { "kind": "dea_registration" } & DeaRegistration | { "kind": "state_csr" } & StateCsr | { "kind": "malpractice_policy" } & MalpracticePolicy | { "kind": "board_certification" } & BoardCertification | { "kind": "imlc_loq" } & ImlcLoq | { "kind": "caqh_attestation" } & CaqhAttestation;

export type DeaRegistration = { 
/**
 * Two letters and seven digits. Sensitive.
 */
number: string, jurisdiction: Jurisdiction, schedules: Array<Schedule>, expires: string | null, };

export type Education = { school: MedicalSchool, 
/**
 * Graduate medical education (residency) completed in an ACGME- or AOA-accredited program.
 */
gme_completed: Answer, };

export type EmployerMalpractice = { 
/**
 * Empty means every patient jurisdiction of the offer is claimed to be covered; the
 * clinician should still check the certificate.
 */
jurisdictions: Array<Jurisdiction>, telehealth_covered: Answer, tail: Tail, };

export type ErrorCode = "in_use" | "damaged" | "too_new" | "invalid" | "not_found" | "io";

export type ExamAttempts = { component: ExamComponent, 
/**
 * Attempts up to and including the passing one; at least 1.
 */
attempts: number, };

export type ExamComponent = "usmle_step1" | "usmle_step2_ck" | "usmle_step3" | "comlex_level1" | "comlex_level2_ce" | "comlex_level3";

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

export type ImlcLoq = { principal_state: Jurisdiction, status: LoqStatus, applied: string | null, issued: string | null, 
/**
 * Set by the commission; when absent the rules derive it from the issue date and the
 * LOQ validity in the reference data.
 */
expires: string | null, };

export type IpcError = { code: ErrorCode, message: string, };

export type Issue = { severity: Severity, 
/**
 * A stable code the UI can branch on ("npi_check_digit").
 */
code: string, 
/**
 * Path of the field within the record, '/'-separated ("detail/expires").
 */
field: string, message: string, };

export type Jurisdiction = "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";

export type JurisdictionKind = "state" | "district" | "territory";

export type LicenseRoute = "direct" | "endorsement" | "imlc";

export type LicenseStatus = "active" | "inactive" | "expired" | "pending" | "restricted" | "probation" | "revoked";

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
employer_provided: boolean, };

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

export type Overview = { profile: Profile | null, credentials: Array<Credential>, offers: Array<Offer>, };

export type PolicyBasis = "claims_made" | "occurrence";

export type PracticeShare = { jurisdiction: Jurisdiction, 
/**
 * 0 to 100.
 */
percent: number, };

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

export type Schedule = "2" | "2N" | "3" | "3N" | "4" | "5";

export type Severity = "error" | "warning";

export type StateCsr = { jurisdiction: Jurisdiction, number: string, schedules: Array<Schedule>, issued: string | null, expires: string | null, };

export type StateLicense = { jurisdiction: Jurisdiction, 
/**
 * "MD", "DO", "APRN", "RN", … as the board names it.
 */
license_type: string, number: string, status: LicenseStatus, restriction_notes: string, issued: string | null, expires: string | null, route: LicenseRoute, };

export type Tail = "none" | "purchased" | "employer";

export type TelehealthRegistration = { jurisdiction: Jurisdiction, number: string, issued: string | null, expires: string | null, 
/**
 * Limits the registration carries, as the clinician recorded them.
 */
limits: string, };
