// What the extension names and says around the server's process: its diagnostic collection,
// and the line logged when the process ends.
//
// Pure, so that it is unit-tested under plain Node.

/**
 * The name of the client's own diagnostic collection, for diagnostics the server pushes
 * (`textDocument/publishDiagnostics`). The server's pull diagnostics get a collection named
 * after the `identifier` it declares in its capabilities (`attest`, src/lsp/capabilities.rs);
 * two collections of one name make VS Code warn "DiagnosticCollection with name 'attest' does
 * already exist" at every start, so this one has its own name.
 */
export const PUSH_DIAGNOSTICS_COLLECTION = 'attest-push';

/** The identifier the server declares for its pull diagnostics (src/lsp/capabilities.rs). */
export const SERVER_PULL_DIAGNOSTICS_IDENTIFIER = 'attest';

export interface ExitReport {
    /** `info` for an exit the extension asked for, `error` for any other. */
    level: 'info' | 'error';
    message: string;
}

/**
 * The line for the output channel when the server's process ends. `deliberate`: the extension
 * stopped it (Restart server, Reindex corpus, a setting that needs a restart, VS Code closing).
 * An exit it asked for is not an error, whatever the code: the server exits with 0 after
 * `shutdown` and `exit`, and a process that outlived its stop is killed.
 */
export function exitReport(code: number | null, signal: string | null, deliberate: boolean): ExitReport {
    const how = code !== null ? `exit code ${code}` : signal !== null ? `signal ${signal}` : 'no exit code';
    if (deliberate) {
        return { level: 'info', message: `Attest: the server stopped (${how}).` };
    }
    return {
        level: 'error',
        message: `Attest: the server exited unexpectedly (${how}). Its last lines above may say why.`,
    };
}

/** The line as the output channel shows it, after vscode-languageclient's own format. */
export function logLine(report: ExitReport, time: string): string {
    return `[${report.level === 'info' ? 'Info ' : 'Error'} - ${time}] ${report.message}`;
}
