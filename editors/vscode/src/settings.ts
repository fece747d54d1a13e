// The `attest.*` settings of VS Code → the JSON the server reads in `initializationOptions`
// and `workspace/didChangeConfiguration` (src/lsp/settings.rs):
// `{"diagnostics": {"debounceMs": N, "scope": "openFiles"}, "severity": {"<code>": "<level>"},
// "maxFileSize": N}`.
//
// Pure: no `vscode` import, so that it is unit-tested under plain Node.

/** The finding codes, as src/analysis/finding.rs names them. */
export const FINDING_CODES = [
    'claim-unsourced',
    'claim-unverified',
    'claim-refuted',
    'claim-disputed',
    'claim-contradicted',
    'source-anonymous',
    'quote-unattributed',
    'claim-hedged',
    'entity-spelling',
    'annotation-stale',
    'kb-invalid',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint'] as const;

export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/**
 * Which articles the server pushes findings for: those open in the editor (and settings or
 * knowledge-base files with problems), or every article of the corpus.
 */
export const DIAGNOSTICS_SCOPES = ['openFiles', 'workspace'] as const;

export type DiagnosticsScope = (typeof DIAGNOSTICS_SCOPES)[number];

export const DEFAULT_DIAGNOSTICS_SCOPE: DiagnosticsScope = 'openFiles';

export const DEFAULT_DEBOUNCE_MS = 150;

/** The server caps the debounce there too. */
export const MAX_DEBOUNCE_MS = 10_000;

/**
 * The settings as VS Code holds them, unchecked: whatever the user wrote in settings.json.
 * `severity` is keyed by finding code; "default" (or nothing) leaves the code's severity to
 * the corpus's attest.toml and the built-in default.
 */
export interface ExtensionSettings {
    debounceMs?: unknown;
    scope?: unknown;
    severity?: Record<string, unknown>;
    maxFileSize?: unknown;
}

/**
 * What the server reads. Keys absent here are left to attest.toml and the defaults; the
 * `diagnostics` ones are always sent, since `workspace/didChangeConfiguration` cannot unset them.
 */
export interface ServerSettings {
    diagnostics: { debounceMs: number; scope: DiagnosticsScope };
    severity: Partial<Record<FindingCode, SeverityLevel>>;
    maxFileSize?: number;
}

export interface Mapped {
    settings: ServerSettings;
    /** Settings that were ignored, and why, for the output channel. */
    problems: string[];
}

/** Reads the `attest.*` settings through `get` (e.g. `getConfiguration('attest').get`). */
export function readSettings(get: (key: string) => unknown): ExtensionSettings {
    const severity: Record<string, unknown> = {};
    for (const code of FINDING_CODES) {
        const level = get(`severity.${code}`);
        if (level !== undefined) {
            severity[code] = level;
        }
    }
    return {
        debounceMs: get('diagnostics.debounceMs'),
        scope: get('diagnostics.scope'),
        severity,
        maxFileSize: get('maxFileSize'),
    };
}

function isUnset(value: unknown): boolean {
    return value === undefined || value === null || value === '' || value === 'default';
}

function show(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : String(JSON.stringify(value));
}

/** The server's settings for the extension's; what cannot be used is named in `problems`. */
export function toServerSettings(input: ExtensionSettings): Mapped {
    const problems: string[] = [];

    let debounceMs = DEFAULT_DEBOUNCE_MS;
    const ms = input.debounceMs;
    if (typeof ms === 'number' && Number.isFinite(ms)) {
        debounceMs = Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(ms)));
    } else if (!isUnset(ms)) {
        problems.push(
            `attest.diagnostics.debounceMs: expected milliseconds, got ${show(ms)}; using ${DEFAULT_DEBOUNCE_MS}`,
        );
    }

    let scope = DEFAULT_DIAGNOSTICS_SCOPE;
    const rawScope = input.scope;
    const known =
        typeof rawScope === 'string'
            ? DIAGNOSTICS_SCOPES.find((s) => s.toLowerCase() === rawScope.trim().toLowerCase())
            : undefined;
    if (known !== undefined) {
        scope = known;
    } else if (!isUnset(rawScope)) {
        problems.push(
            `attest.diagnostics.scope: expected "openFiles" or "workspace", got ${show(rawScope)}; using "${DEFAULT_DIAGNOSTICS_SCOPE}"`,
        );
    }

    const severity: Partial<Record<FindingCode, SeverityLevel>> = {};
    for (const [code, raw] of Object.entries(input.severity ?? {})) {
        if (isUnset(raw)) {
            continue;
        }
        if (!(FINDING_CODES as readonly string[]).includes(code)) {
            problems.push(`attest.severity.${code}: no finding has this code`);
            continue;
        }
        const level = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
        const normalised = level === 'info' ? 'information' : level;
        if (typeof normalised === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(normalised)) {
            severity[code as FindingCode] = normalised as SeverityLevel;
        } else {
            problems.push(
                `attest.severity.${code}: expected one of ${SEVERITY_LEVELS.join(', ')} or default, got ${show(raw)}`,
            );
        }
    }

    const settings: ServerSettings = { diagnostics: { debounceMs, scope }, severity };

    const size = input.maxFileSize;
    if (typeof size === 'number' && Number.isInteger(size) && size > 0) {
        settings.maxFileSize = size;
    } else if (!isUnset(size) && size !== 0) {
        problems.push(`attest.maxFileSize: expected a whole number of bytes, got ${show(size)}`);
    }

    return { settings, problems };
}

/** What to do when the settings change under a running server. */
export type ConfigurationChange =
    | { action: 'none' }
    | { action: 'notify'; settings: ServerSettings }
    | { action: 'restart'; reason: string };

function sameSettings(a: ServerSettings, b: ServerSettings): boolean {
    const codes = new Set([...Object.keys(a.severity), ...Object.keys(b.severity)]) as Set<FindingCode>;
    return (
        a.diagnostics.debounceMs === b.diagnostics.debounceMs &&
        a.diagnostics.scope === b.diagnostics.scope &&
        a.maxFileSize === b.maxFileSize &&
        [...codes].every((c) => a.severity[c] === b.severity[c])
    );
}

/**
 * `workspace/didChangeConfiguration` merges into what the server already holds: it can set a
 * value but not take one back, and the maximum file size is only read when the corpus is
 * indexed. Those changes restart the server; the others are sent.
 */
export function planChange(before: ServerSettings, after: ServerSettings): ConfigurationChange {
    if (sameSettings(before, after)) {
        return { action: 'none' };
    }
    if (before.maxFileSize !== after.maxFileSize) {
        return { action: 'restart', reason: 'attest.maxFileSize applies when the corpus is indexed' };
    }
    const reset = (Object.keys(before.severity) as FindingCode[]).filter((c) => after.severity[c] === undefined);
    if (reset.length > 0) {
        return {
            action: 'restart',
            reason: `attest.severity went back to the default for ${reset.join(', ')}`,
        };
    }
    return { action: 'notify', settings: after };
}
