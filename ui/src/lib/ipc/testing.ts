// Test support: answers IPC commands in jsdom without a Rust backend. Lives in the IPC layer
// because it is the only place allowed to import @tauri-apps.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { IpcError } from './bindings';

export type Handler = (args: Record<string, unknown>) => unknown;

/** Answers each command with its handler; a command without one fails the test loudly. */
export function answerCommands(handlers: Record<string, Handler>): void {
  mockIPC((cmd, args) => {
    const handler = handlers[cmd];
    if (!handler) throw new Error(`unexpected IPC command ${cmd}`);
    return handler((args ?? {}) as Record<string, unknown>);
  });
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
