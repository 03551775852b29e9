// The only module that talks to Tauri. Every command is a typed function here; failures are
// thrown as CommandError carrying the Rust ErrorCode.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorCode, IpcError, Overview } from './bindings';

export type * from './bindings';

/** A command failed; `code` says what kind of failure. */
export class CommandError extends Error {
  readonly code: ErrorCode | 'unexpected';

  constructor(code: ErrorCode | 'unexpected', message: string) {
    super(message);
    this.code = code;
  }
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
