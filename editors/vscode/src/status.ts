// What the status-bar item says: the server's state and its indexing progress (the
// `$/progress` the server reports under the token `attest/index`, src/lsp/indexing.rs).
//
// Pure: events in, state and text out; extension.ts feeds it and draws it.

export type Phase = 'stopped' | 'starting' | 'indexing' | 'ready' | 'failed';

export interface Status {
    phase: Phase;
    percentage?: number;
    /** The server's last progress message, or why it failed. */
    message?: string;
    /** Whether a progress `begin` was seen since the client became ready. */
    sawBegin: boolean;
}

/** The subset of LSP's WorkDoneProgressBegin | Report | End that the status uses. */
export interface ProgressValue {
    kind: 'begin' | 'report' | 'end';
    title?: string;
    message?: string;
    percentage?: number;
}

export type StatusEvent =
    | { type: 'starting' }
    | { type: 'running' }
    | { type: 'stopped' }
    | { type: 'failed'; message: string }
    | { type: 'progress'; value: ProgressValue }
    /** No progress came soon after the client was ready: the server indexes without it. */
    | { type: 'quiet' };

export const INITIAL: Status = { phase: 'stopped', sawBegin: false };

function clampPercentage(p: number | undefined, before: number | undefined): number | undefined {
    if (typeof p !== 'number' || !Number.isFinite(p)) {
        return before;
    }
    return Math.max(0, Math.min(100, Math.round(p)));
}

export function nextStatus(status: Status, event: StatusEvent): Status {
    switch (event.type) {
        case 'starting':
            return { phase: 'starting', sawBegin: false };
        case 'running':
            // The server indexes on `initialized`: indexing until its progress ends.
            return status.phase === 'starting' || status.phase === 'stopped' || status.phase === 'failed'
                ? { phase: 'indexing', sawBegin: false }
                : status;
        case 'stopped':
            return status.phase === 'failed' ? status : { phase: 'stopped', sawBegin: false };
        case 'failed':
            return { phase: 'failed', message: event.message, sawBegin: false };
        case 'quiet':
            return status.phase === 'indexing' && !status.sawBegin ? { phase: 'ready', sawBegin: false } : status;
        case 'progress': {
            if (status.phase === 'stopped' || status.phase === 'failed') {
                return status;
            }
            const v = event.value;
            switch (v.kind) {
                case 'begin':
                    return {
                        phase: 'indexing',
                        percentage: clampPercentage(v.percentage, undefined),
                        message: v.message,
                        sawBegin: true,
                    };
                case 'report':
                    return {
                        phase: 'indexing',
                        percentage: clampPercentage(v.percentage, status.percentage),
                        message: v.message ?? status.message,
                        sawBegin: status.sawBegin,
                    };
                case 'end':
                    return { phase: 'ready', message: v.message, sawBegin: status.sawBegin };
            }
        }
    }
    return status;
}

export interface StatusView {
    text: string;
    tooltip: string;
    /** Drawn with the error background. */
    error: boolean;
}

export function viewOf(status: Status): StatusView {
    switch (status.phase) {
        case 'starting':
            return { text: '$(sync~spin) Attest: starting…', tooltip: 'Starting the Attest language server', error: false };
        case 'indexing': {
            const pct = status.percentage !== undefined ? ` ${status.percentage}%` : '…';
            return {
                text: `$(sync~spin) Attest: indexing${pct}`,
                tooltip: `Attest is indexing the corpus${status.message ? `: ${status.message}` : ''}`,
                error: false,
            };
        }
        case 'ready':
            return {
                text: '$(check) Attest',
                tooltip: `Attest is ready${status.message ? `: ${status.message}` : ''}. Click for the server's output.`,
                error: false,
            };
        case 'stopped':
            return {
                text: '$(circle-slash) Attest: stopped',
                tooltip: 'The Attest language server is not running. Run “Attest: Restart server” to start it.',
                error: false,
            };
        case 'failed':
            return {
                text: '$(error) Attest',
                tooltip: status.message ?? 'The Attest language server could not start.',
                error: true,
            };
    }
}
