// Presentation of the clinician's profile.
import type { Profession } from '../ipc';

const LABELS: Record<Profession, string> = {
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

/** Every profession, in the order forms list them. */
export const PROFESSIONS = Object.keys(LABELS) as Profession[];

export function professionLabel(p: Profession): string {
  return LABELS[p];
}
