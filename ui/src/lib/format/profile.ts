// Presentation of the clinician's profile.
import type { Profession } from '../ipc';

const PROFESSIONS: Record<Profession, string> = {
  md: 'Physician (MD)',
  do: 'Physician (DO)',
  np_aprn: 'Nurse practitioner (APRN)',
  pa: 'Physician assistant',
  rn: 'Registered nurse',
  lpn: 'Licensed practical nurse',
  psychologist: 'Psychologist',
  counselor: 'Professional counselor',
  social_worker: 'Social worker',
};

export function professionLabel(p: Profession): string {
  return PROFESSIONS[p];
}
