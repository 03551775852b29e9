// The only module that talks to Tauri. Every command is a typed function here; failures are
// thrown as CommandError carrying the Rust ErrorCode.
import { invoke } from '@tauri-apps/api/core';
import type {
  DeadlineTimeline,
  Eligibility,
  ErrorCode,
  IpcError,
  JudgedOffers,
  Jurisdiction,
  JurisdictionReference,
  Overview,
  PathToState,
  ReferenceIndex,
} from './bindings';

export type * from './bindings';

/** A command failed; `code` says what kind of failure. */
export class CommandError extends Error {
  readonly code: ErrorCode | 'unexpected';

  constructor(code: ErrorCode | 'unexpected', message: string) {
    super(message);
    this.code = code;
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isIpcError(e)) throw new CommandError(e.code, e.message);
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

/** IMLC eligibility and the compact options of the clinician's profession. */
export const imlc = (): Promise<Eligibility> => call<Eligibility>('imlc');

/** Every offer with its verdict. */
export const offers = (): Promise<JudgedOffers> => call<JudgedOffers>('offers');

/** The routes to authority in one jurisdiction, fastest first. */
export const pathTo = (jurisdiction: Jurisdiction): Promise<PathToState> =>
  call<PathToState>('path', { jurisdiction });
