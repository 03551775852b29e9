// The only module that talks to Tauri. Every command is a typed function here; failures are
// thrown as CommandError carrying the Rust ErrorCode.
import { invoke, type InvokeArgs, type InvokeOptions } from '@tauri-apps/api/core';
import type {
  About,
  CheckedAnswer,
  CheckedAnswers,
  Attachment,
  AttachmentOwner,
  CmeActivity,
  CmeCsvOptions,
  CmeCsvPreview,
  CmeOverview,
  Credential,
  CsvOptions,
  CsvPreview,
  DataStatus,
  Issue,
  JurisdictionAuthority,
  Offer,
  Profile,
  DeadlineTimeline,
  DeadlineMark,
  DeliveryFailure,
  ReminderSettings,
  SavedFile,
  Eligibility,
  ErrorCode,
  IpcError,
  JudgedOffers,
  OpenedOffer,
  Jurisdiction,
  JurisdictionReference,
  Overview,
  PacketChoices,
  PathToState,
  ReferenceIndex,
  RestoreReport,
  SavedPacket,
} from './bindings';

export type * from './bindings';
export { MAX_ATTACHMENT_BYTES, MAX_CSV_BYTES } from './bindings';

/** A command failed; `code` says what kind of failure. */
export class CommandError extends Error {
  readonly code: ErrorCode | 'unexpected';
  /** For `invalid` saves: each problem at its field. */
  readonly issues: Issue[];

  constructor(code: ErrorCode | 'unexpected', message: string, issues: Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** Any failure as a CommandError, for pages that show it. */
export function asCommandError(e: unknown): CommandError {
  return e instanceof CommandError ? e : new CommandError('unexpected', String(e));
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IpcError).code === 'string' &&
    typeof (value as IpcError).message === 'string'
  );
}

async function call<T>(command: string, args?: InvokeArgs, options?: InvokeOptions): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (e) {
    if (isIpcError(e)) throw new CommandError(e.code, e.message, e.issues ?? []);
    throw new CommandError('unexpected', String(e));
  }
}

/** Profile, credentials and offers. */
export const overview = (): Promise<Overview> => call<Overview>('overview');

/** The reference dataset's age and the jurisdictions it covers. */
export const referenceIndex = (): Promise<ReferenceIndex> => call<ReferenceIndex>('reference_index');

/** Every reference fact about one jurisdiction, with provenance. */
export const reference = (jurisdiction: Jurisdiction): Promise<JurisdictionReference> =>
  call<JurisdictionReference>('reference', { jurisdiction });

/** Every deadline as of today (local date), sorted by due date. */
export const deadlines = (): Promise<DeadlineTimeline> => call<DeadlineTimeline>('deadlines');

/** The clinician's done / snoozed marks, by deadline id. */
export const deadlineMarks = (): Promise<Partial<Record<string, DeadlineMark>>> =>
  call<Partial<Record<string, DeadlineMark>>>('deadline_marks');

/** No reminders for the deadline before `until` (a date after today). */
export const snoozeDeadline = (deadlineId: string, until: string): Promise<void> =>
  call<void>('snooze_deadline', { deadlineId, until });

/** The deadline is handled (renewed): no more reminders for it. */
export const markDeadlineDone = (deadlineId: string): Promise<void> => call<void>('mark_deadline_done', { deadlineId });
/** Records a renewal on the credential: its new expiry (a policy's new end). */
export const renewCredential = (id: string, until: string): Promise<Credential> => call<Credential>('renew_credential', { id, until });

/** Removes a snooze or done mark. */
export const clearDeadlineMark = (deadlineId: string): Promise<void> => call<void>('clear_deadline_mark', { deadlineId });

/** The reminder lead times. */
export const reminderSettings = (): Promise<ReminderSettings> => call<ReminderSettings>('reminder_settings');

/** Saves the reminder lead times; returns them as stored. */
export const saveReminderSettings = (settings: ReminderSettings): Promise<ReminderSettings> =>
  call<ReminderSettings>('save_reminder_settings', { settings });

/** Reminders that could not be shown as notifications. */
export const reminderFailures = (): Promise<DeliveryFailure[]> => call<DeliveryFailure[]>('reminder_failures');

/** Forgets the recorded notification failures. */
export const dismissReminderFailures = (): Promise<void> => call<void>('dismiss_reminder_failures');

/** Saves every deadline as an iCalendar file where the clinician picks in the save dialog;
 * numbers only when asked for. null: the dialog was cancelled and nothing was written. */
export const saveCalendar = (includeNumbers: boolean): Promise<SavedFile | null> =>
  call<SavedFile | null>('save_calendar', { includeNumbers });

/** Saves every record as one JSON document (an export that is also a backup) where the
 * clinician picks. null: cancelled, nothing written. */
export const exportRecords = (): Promise<SavedFile | null> => call<SavedFile | null>('export_records');

/** Every credential that can go in a credentialing packet, those proposed for the offer (all,
 * without one) ticked. */
export const packetChoices = (offerId: string | null): Promise<PacketChoices> =>
  call<PacketChoices>('packet_choices', { offerId });

/** Makes the packet of the chosen credentials (for the offer, if any) as one PDF, saved where
 * the clinician picks in the save dialog. null: cancelled, nothing written. */
export const savePacket = (offerId: string | null, credentialIds: string[]): Promise<SavedPacket | null> =>
  call<SavedPacket | null>('save_packet', { offerId, credentialIds });

/** Whether the app starts at login, minimised to the tray. */
export const autostart = (): Promise<boolean> => call<boolean>('autostart');

/** Turns start at login on or off; returns the new setting. */
export const setAutostart = (enabled: boolean): Promise<boolean> => call<boolean>('set_autostart', { enabled });

/** IMLC eligibility and the compact options of the clinician's profession. */
export const imlc = (): Promise<Eligibility> => call<Eligibility>('imlc');

/** Every offer with the outline of its verdict (outcomes, steps, fees, waits). */
export const offers = (): Promise<JudgedOffers> => call<JudgedOffers>('offers');

/** One offer with its verdict written out in full: every reason, step and renewal. */
export const offerDetail = (id: string): Promise<OpenedOffer> => call<OpenedOffer>('offer_detail', { id });

/** The routes to authority in one jurisdiction, fastest first. */
export const pathTo = (jurisdiction: Jurisdiction): Promise<PathToState> =>
  call<PathToState>('path', { jurisdiction });

/** Validates and saves the profile; fails with `invalid` and the issues at their fields. */
export const saveProfile = (profile: Profile): Promise<Profile> => call<Profile>('save_profile', { profile });

/** Validates and saves a credential (new when its id is empty); returns it with its id. */
export const saveCredential = (credential: Credential): Promise<Credential> =>
  call<Credential>('save_credential', { credential });

/** Deletes a credential and returns it, for undo. */
export const deleteCredential = (id: string): Promise<Credential> => call<Credential>('delete_credential', { id });

/** Undoes a delete: saves the returned record again, with its id. */
export const restoreCredential = (credential: Credential): Promise<Credential> =>
  call<Credential>('restore_credential', { credential });

/** The issues a credential form raises now, without saving. */
export const validateCredential = (credential: Credential): Promise<Issue[]> =>
  call<Issue[]>('validate_credential', { credential });

/** Validates and saves an offer (new when its id is empty). */
export const saveOffer = (offer: Offer): Promise<Offer> => call<Offer>('save_offer', { offer });

/** Deletes an offer and returns it. */
export const deleteOffer = (id: string): Promise<Offer> => call<Offer>('delete_offer', { id });

/** Fills an empty store with the sample clinician (refused when anything is recorded). */
export const loadSample = (): Promise<void> => call<void>('load_sample');

/** Every jurisdiction's standing on the map, as of today. */
export const authorityMap = (): Promise<JurisdictionAuthority[]> => call<JurisdictionAuthority[]>('authority_map');

/**
 * What a CSV file would import. Its bytes are the raw request body; what the clinician chose
 * instead of the detection (encoding, delimiter, mapping; null: detected) travels as
 * percent-encoded JSON in a header. Stores nothing.
 */
export const previewCsv = (bytes: Uint8Array, options: CsvOptions): Promise<CsvPreview> =>
  call<CsvPreview>('preview_csv', bytes, { headers: { 'x-csv-options': encodeURIComponent(JSON.stringify(options)) } });

/** Adds the confirmed CSV rows in one transaction: all or nothing. */
export const importCsv = (credentials: Credential[]): Promise<Credential[]> => call<Credential[]>('import_csv', { credentials });

/** Moves a damaged database aside and restores the newest verified backup (user's choice). */
export const restoreLatestBackup = (): Promise<RestoreReport> => call<RestoreReport>('restore_latest_backup');

/** The documents attached to a credential (or a CME activity's certificate), oldest first. */
export const listAttachments = (credentialId: string, owner: AttachmentOwner = 'credential'): Promise<Attachment[]> =>
  call<Attachment[]>('list_attachments', { credentialId, owner });

/** The documents whose credential was deleted, oldest first. */
export const orphanedAttachments = (): Promise<Attachment[]> => call<Attachment[]>('orphaned_attachments');

/**
 * Attaches a file to a credential (or a certificate to a CME activity). Its bytes are the raw
 * request body; the owner's id and the file's name travel percent-encoded in headers. Refused
 * files (type, size, empty) fail with `invalid` and store nothing.
 */
export async function addAttachment(ownerId: string, file: File, owner: AttachmentOwner = 'credential'): Promise<Attachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const idHeader = owner === 'cme_activity' ? 'x-cme-activity-id' : 'x-credential-id';
  return call<Attachment>('add_attachment', bytes, {
    headers: { [idHeader]: encodeURIComponent(ownerId), 'x-file-name': encodeURIComponent(file.name) },
  });
}

/** Removes a document (file and record); returns the removed record. */
export const removeAttachment = (id: string): Promise<Attachment> => call<Attachment>('remove_attachment', { id });

/** Opens a checked copy of a document with the computer's default application. */
export const openAttachment = (id: string): Promise<void> => call<void>('open_attachment', { id });

/** The version, build date, reference data, data directory and dependency licenses. */
export const about = (): Promise<About> => call<About>('about');

/** Which reference data is in use: bundled or an installed pack, version, as-of date, key. */
export const dataStatus = (): Promise<DataStatus> => call<DataStatus>('data_status');

/**
 * Installs a signed reference-data pack picked by the clinician: its bytes are the raw
 * request body. Refusals have their own codes (`pack_signature`, `pack_damaged`,
 * `pack_not_newer`, `pack_fails_checks`, `pack_from_the_future`) and change nothing.
 */
export async function installDataPack(file: File): Promise<DataStatus> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call<DataStatus>('install_data_pack', bytes);
}

/** Removes the installed pack: the data built into the app is used again. */
export const revertDataPack = (): Promise<DataStatus> => call<DataStatus>('revert_data_pack');
/** The checked answers with their notices, and the "verify" reasons each fact settles. */
export const checkedAnswers = (): Promise<CheckedAnswers> => call<CheckedAnswers>('checked_answers');

/** Saves a checked answer (new when its id is empty; with an id: an edit, or an undone
 * delete); returns it as stored. */
export const saveCheckedAnswer = (answer: CheckedAnswer): Promise<CheckedAnswer> =>
  call<CheckedAnswer>('save_checked_answer', { answer });

/** Deletes a checked answer and returns it, for undo (save it again). */
export const deleteCheckedAnswer = (id: string): Promise<CheckedAnswer> => call<CheckedAnswer>('delete_checked_answer', { id });
/** Every CME activity with the licenses it counts for, each license's progress for its
 * current window, and the categories and topics the form offers. */
export const cmeOverview = (): Promise<CmeOverview> => call<CmeOverview>('cme_overview');

/** Validates and saves a CME activity (new when its id is empty); fails with `invalid` and
 * the issues at their fields. */
export const saveCmeActivity = (activity: CmeActivity): Promise<CmeActivity> => call<CmeActivity>('save_cme_activity', { activity });

/** Deletes a CME activity and returns it, for undo. */
export const deleteCmeActivity = (id: string): Promise<CmeActivity> => call<CmeActivity>('delete_cme_activity', { id });

/** Undoes a delete: saves the returned activity again, with its id. */
export const restoreCmeActivity = (activity: CmeActivity): Promise<CmeActivity> =>
  call<CmeActivity>('restore_cme_activity', { activity });

/** What a CME transcript (CSV) would import: its bytes are the raw request body, the choices
 * instead of the detection travel as percent-encoded JSON in a header. Stores nothing. */
export const previewCmeCsv = (bytes: Uint8Array, options: CmeCsvOptions): Promise<CmeCsvPreview> =>
  call<CmeCsvPreview>('preview_cme_csv', bytes, { headers: { 'x-csv-options': encodeURIComponent(JSON.stringify(options)) } });

/** Adds the confirmed transcript rows in one transaction: all or nothing. */
export const importCmeCsv = (activities: CmeActivity[]): Promise<CmeActivity[]> => call<CmeActivity[]>('import_cme_csv', { activities });
