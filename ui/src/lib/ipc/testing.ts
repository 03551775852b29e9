// Test support: answers IPC commands in jsdom without a Rust backend. Lives in the IPC layer
// because it is the only place allowed to import @tauri-apps.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { IpcError } from './bindings';

/** Answers one command: its arguments (or raw body) and the request's headers, lowercased. */
export type Handler = (args: Record<string, unknown>, headers: Record<string, string>) => unknown;

type Invoke = (cmd: string, args?: unknown, options?: { headers?: HeadersInit }) => Promise<unknown>;

/** Answers each command with its handler; a command without one fails the test loudly. */
export function answerCommands(handlers: Record<string, Handler>): void {
  let headers: Record<string, string> = {};
  mockIPC((cmd, args) => {
    const handler = handlers[cmd];
    if (!handler) throw new Error(`unexpected IPC command ${cmd}`);
    return handler((args ?? {}) as Record<string, unknown>, headers);
  });
  // The mock drops the request's headers: keep them for the handler.
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: Invoke } }).__TAURI_INTERNALS__;
  const mocked = internals.invoke;
  internals.invoke = (cmd, args, options) => {
    headers = Object.fromEntries(new Headers(options?.headers ?? {}).entries());
    return mocked(cmd, args, options);
  };
}

/** A handler that fails the way the Rust side does: with an IpcError. */
export function failWith(error: IpcError): Handler {
  return () => {
    throw error;
  };
}

export function resetCommands(): void {
  clearMocks();
}
