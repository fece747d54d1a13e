import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
    DEFAULT_DEBOUNCE_MS,
    FINDING_CODES,
    planChange,
    readSettings,
    type ServerSettings,
    toServerSettings,
} from '../src/settings';

/** VS Code's `getConfiguration('attest').get` over a flat map of keys. */
function getter(values: Record<string, unknown>): (key: string) => unknown {
    return (key) => values[key];
}

describe('settings → server configuration', () => {
    it('sends only the debounce when everything is at its default', () => {
        const defaults: Record<string, unknown> = { 'diagnostics.debounceMs': 150, language: '', maxFileSize: 0 };
        for (const code of FINDING_CODES) {
            defaults[`severity.${code}`] = 'default';
        }
        const { settings, problems } = toServerSettings(readSettings(getter(defaults)));
        assert.deepEqual(settings, { diagnostics: { debounceMs: 150 }, severity: {} });
        assert.deepEqual(problems, []);
    });

    it('maps every setting to the JSON of src/lsp/settings.rs', () => {
        const { settings, problems } = toServerSettings(
            readSettings(
                getter({
                    'diagnostics.debounceMs': 0,
                    'severity.claim-hedged': 'warning',
                    'severity.entity-spelling': 'error',
                    'severity.claim-unsourced': 'default',
                    language: 'fr',
                    maxFileSize: 1_000_000,
                    serverPath: '/opt/attest',
                    'trace.server': 'verbose',
                }),
            ),
        );
        assert.deepEqual(problems, []);
        assert.deepEqual(settings, {
            diagnostics: { debounceMs: 0 },
            severity: { 'claim-hedged': 'warning', 'entity-spelling': 'error' },
            language: 'fr',
            maxFileSize: 1_000_000,
        });
        // What the server parses: the settings it does not know stay out.
        assert.deepEqual(Object.keys(settings).sort(), ['diagnostics', 'language', 'maxFileSize', 'severity']);
    });

    it('reads a severity for every finding code', () => {
        const asked: string[] = [];
        readSettings((key) => {
            asked.push(key);
            return undefined;
        });
        for (const code of FINDING_CODES) {
            assert.ok(asked.includes(`severity.${code}`), code);
        }
    });

    it('falls back to the default debounce when it is missing', () => {
        const { settings, problems } = toServerSettings({});
        assert.equal(settings.diagnostics.debounceMs, DEFAULT_DEBOUNCE_MS);
        assert.deepEqual(problems, []);
    });

    it('clamps and rounds the debounce as the server would', () => {
        assert.equal(toServerSettings({ debounceMs: 60_000 }).settings.diagnostics.debounceMs, 10_000);
        assert.equal(toServerSettings({ debounceMs: -5 }).settings.diagnostics.debounceMs, 0);
        assert.equal(toServerSettings({ debounceMs: 99.6 }).settings.diagnostics.debounceMs, 100);
    });

    it('names what is malformed and leaves it out', () => {
        const { settings, problems } = toServerSettings({
            debounceMs: 'fast',
            severity: { 'claim-hedged': 'loud', 'claim-made-up': 'error', 'source-anonymous': 42 },
            language: 'klingon',
            maxFileSize: -1,
        });
        assert.deepEqual(settings, { diagnostics: { debounceMs: DEFAULT_DEBOUNCE_MS }, severity: {} });
        assert.equal(problems.length, 6);
        assert.match(problems.join('\n'), /debounceMs/);
        assert.match(problems.join('\n'), /claim-hedged.*"loud"/);
        assert.match(problems.join('\n'), /claim-made-up: no finding/);
        assert.match(problems.join('\n'), /source-anonymous.*42/);
        assert.match(problems.join('\n'), /language.*"klingon"/);
        assert.match(problems.join('\n'), /maxFileSize/);
    });

    it('accepts levels in any case, and "info" for information', () => {
        const { settings } = toServerSettings({
            severity: { 'claim-hedged': 'Warning', 'claim-unverified': 'info' },
            language: ' EN ',
        });
        assert.deepEqual(settings.severity, { 'claim-hedged': 'warning', 'claim-unverified': 'information' });
        assert.equal(settings.language, 'en');
    });
});

describe('a change of settings under a running server', () => {
    const base: ServerSettings = { diagnostics: { debounceMs: 150 }, severity: { 'claim-hedged': 'warning' } };

    it('does nothing when nothing the server reads changed', () => {
        assert.deepEqual(planChange(base, structuredClone(base)), { action: 'none' });
    });

    it('sends a new debounce, severity or language', () => {
        const after: ServerSettings = {
            diagnostics: { debounceMs: 0 },
            severity: { 'claim-hedged': 'error', 'kb-invalid': 'warning' },
            language: 'en',
        };
        assert.deepEqual(planChange(base, after), { action: 'notify', settings: after });
    });

    it('restarts when a severity goes back to its default: the server merges, it cannot unset', () => {
        const after: ServerSettings = { diagnostics: { debounceMs: 150 }, severity: {} };
        const plan = planChange(base, after);
        assert.equal(plan.action, 'restart');
        assert.match(plan.action === 'restart' ? plan.reason : '', /claim-hedged/);
    });

    it('restarts when the language goes back to the corpus’s', () => {
        assert.equal(planChange({ ...base, language: 'fr' }, base).action, 'restart');
    });

    it('restarts when the maximum file size changes: it applies when indexing', () => {
        assert.equal(planChange(base, { ...base, maxFileSize: 10 }).action, 'restart');
        assert.equal(planChange({ ...base, maxFileSize: 10 }, base).action, 'restart');
    });
});
