// After a refused save, a field the clinician edits loses its messages at once; the next save
// checks it again. The field is known by the message ids its control (or the fieldset around
// it) points at with aria-describedby, so one handler on the form serves every field.

/** The message ids of the field an input or change event came from. */
export function editedMessageIds(event: Event): string[] {
  const target = event.target;
  if (!(target instanceof Element)) return [];
  const described = target.closest('[aria-describedby]')?.getAttribute('aria-describedby') ?? '';
  return described.split(/\s+/).filter(Boolean);
}
