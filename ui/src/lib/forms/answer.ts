// Answering an eligibility question in place: which profile field a question names, what kind
// of answer it takes, and the profile with that answer set. The rules stay in core: the page
// saves the profile and asks for the eligibility again.
import type { Answer, Jurisdiction, MedicalSchool, Profile } from '../ipc';

export type AnswerKind =
  | { kind: 'jurisdiction'; field: 'residence' | 'employer_jurisdiction' | 'tax_jurisdiction' }
  | { kind: 'answer'; field: 'gme_completed' | 'discipline' | 'criminal' | 'controlled_substance_action' | 'open_investigation' }
  | { kind: 'school' }
  | { kind: 'profile_page' };

const JURISDICTION_FIELDS = ['residence', 'employer_jurisdiction', 'tax_jurisdiction'] as const;
const HISTORY_FIELDS = ['discipline', 'criminal', 'controlled_substance_action', 'open_investigation'] as const;

/** How the question naming `profileField` ("history.criminal") is answered. */
export function answerKind(profileField: string): AnswerKind {
  const jurisdiction = JURISDICTION_FIELDS.find((f) => f === profileField);
  if (jurisdiction) return { kind: 'jurisdiction', field: jurisdiction };
  if (profileField === 'education.gme_completed') return { kind: 'answer', field: 'gme_completed' };
  if (profileField === 'education.school') return { kind: 'school' };
  const history = HISTORY_FIELDS.find((f) => `history.${f}` === profileField);
  if (history) return { kind: 'answer', field: history };
  return { kind: 'profile_page' };
}

/** The profile with one answer set; the input profile is not changed. */
export function withAnswer(profile: Profile, kind: AnswerKind, value: string): Profile {
  const next: Profile = structuredClone(profile);
  switch (kind.kind) {
    case 'jurisdiction':
      next[kind.field] = value as Jurisdiction;
      break;
    case 'school':
      next.education.school = value as MedicalSchool;
      break;
    case 'answer':
      if (kind.field === 'gme_completed') next.education.gme_completed = value as Answer;
      else next.history[kind.field] = value as Answer;
      break;
    case 'profile_page':
      break;
  }
  return next;
}
