import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

import {
    DEFAULT_DEBOUNCE_MS,
    DEFAULT_DIAGNOSTICS_SCOPE,
    DIAGNOSTICS_SCOPES,
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
    it('sends only the debounce and scope when everything is at its default', () => {
        const defaults: Record<string, unknown> = {
            'diagnostics.debounceMs': 150,
            'diagnostics.scope': 'openFiles',
            maxFileSize: 0,
        };
        for (const code of FINDING_CODES) {
            defaults[`severity.${code}`] = 'default';
        }
        const { settings, problems } = toServerSettings(readSettings(getter(defaults)));
        assert.deepEqual(settings, { diagnostics: { debounceMs: 150, scope: 'openFiles' }, severity: {} });
        assert.deepEqual(problems, []);
    });

    it('maps every setting to the JSON of src/lsp/settings.rs', () => {
        const { settings, problems } = toServerSettings(
            readSettings(
                getter({
                    'diagnostics.debounceMs': 0,
                    'diagnostics.scope': 'workspace',
                    'severity.claim-hedged': 'warning',
                    'severity.entity-spelling': 'error',
                    'severity.claim-unsourced': 'default',
                    maxFileSize: 1_000_000,
                    serverPath: '/opt/attest',
                    'trace.server': 'verbose',
                }),
            ),
        );
        assert.deepEqual(problems, []);
        assert.deepEqual(settings, {
            diagnostics: { debounceMs: 0, scope: 'workspace' },
            severity: { 'claim-hedged': 'warning', 'entity-spelling': 'error' },
            maxFileSize: 1_000_000,
        });
        // What the server parses: the settings it does not know stay out.
        assert.deepEqual(Object.keys(settings).sort(), ['diagnostics', 'maxFileSize', 'severity']);
    });

    it('sends no language, even one left in settings.json: the server has no such setting', () => {
        const { settings, problems } = toServerSettings(readSettings(getter({ language: 'fr' })));
        assert.equal('language' in settings, false);
        assert.deepEqual(problems, []);
    });

    it('pushes the findings of open files by default', () => {
        assert.equal(DEFAULT_DIAGNOSTICS_SCOPE, 'openFiles');
        const { settings, problems } = toServerSettings({});
        assert.equal(settings.diagnostics.scope, 'openFiles');
        assert.deepEqual(problems, []);
        for (const unset of [undefined, null, '', 'default']) {
            assert.equal(toServerSettings({ scope: unset }).settings.diagnostics.scope, 'openFiles', String(unset));
            assert.deepEqual(toServerSettings({ scope: unset }).problems, [], String(unset));
        }
    });

    it('passes the workspace scope through', () => {
        const { settings, problems } = toServerSettings(readSettings(getter({ 'diagnostics.scope': 'workspace' })));
        assert.equal(settings.diagnostics.scope, 'workspace');
        assert.deepEqual(problems, []);
        assert.equal(toServerSettings({ scope: 'openFiles' }).settings.diagnostics.scope, 'openFiles');
    });

    it('names an unknown scope and falls back to open files', () => {
        for (const scope of ['everything', 42]) {
            const { settings, problems } = toServerSettings({ scope });
            assert.equal(settings.diagnostics.scope, 'openFiles');
            assert.equal(problems.length, 1);
            assert.match(problems[0], /^attest\.diagnostics\.scope: expected "openFiles" or "workspace", got /);
            assert.match(problems[0], new RegExp(`got ${JSON.stringify(scope)}; using "openFiles"$`));
        }
    });

    it('declares in package.json the settings it reads, and no language', () => {
        // out/test/ → package.json.
        const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
        const properties = manifest.contributes.configuration.properties;
        const scope = properties['attest.diagnostics.scope'];
        assert.equal(scope.type, 'string');
        assert.deepEqual(scope.enum, [...DIAGNOSTICS_SCOPES]);
        assert.equal(scope.default, DEFAULT_DIAGNOSTICS_SCOPE);
        assert.equal(scope.enumDescriptions.length, DIAGNOSTICS_SCOPES.length);
        assert.equal(properties['attest.language'], undefined);
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
            scope: 'everything',
            severity: { 'claim-hedged': 'loud', 'claim-made-up': 'error', 'source-anonymous': 42 },
            maxFileSize: -1,
        });
        assert.deepEqual(settings, {
            diagnostics: { debounceMs: DEFAULT_DEBOUNCE_MS, scope: 'openFiles' },
            severity: {},
        });
        assert.equal(problems.length, 6);
        assert.match(problems.join('\n'), /debounceMs/);
        assert.match(problems.join('\n'), /scope.*"everything"/);
        assert.match(problems.join('\n'), /claim-hedged.*"loud"/);
        assert.match(problems.join('\n'), /claim-made-up: no finding/);
        assert.match(problems.join('\n'), /source-anonymous.*42/);
        assert.match(problems.join('\n'), /maxFileSize/);
    });

    it('accepts levels in any case, and "info" for information', () => {
        const { settings } = toServerSettings({
            severity: { 'claim-hedged': 'Warning', 'claim-unverified': 'info' },
        });
        assert.deepEqual(settings.severity, { 'claim-hedged': 'warning', 'claim-unverified': 'information' });
    });
});

describe('a change of settings under a running server', () => {
    const base: ServerSettings = {
        diagnostics: { debounceMs: 150, scope: 'openFiles' },
        severity: { 'claim-hedged': 'warning' },
    };

    it('does nothing when nothing the server reads changed', () => {
        assert.deepEqual(planChange(base, structuredClone(base)), { action: 'none' });
    });

    it('sends a new debounce or severity', () => {
        const after: ServerSettings = {
            diagnostics: { debounceMs: 0, scope: 'openFiles' },
            severity: { 'claim-hedged': 'error', 'kb-invalid': 'warning' },
        };
        assert.deepEqual(planChange(base, after), { action: 'notify', settings: after });
    });

    it('sends a new scope, either way, without a restart', () => {
        const workspace: ServerSettings = { ...base, diagnostics: { debounceMs: 150, scope: 'workspace' } };
        assert.deepEqual(planChange(base, workspace), { action: 'notify', settings: workspace });
        assert.deepEqual(planChange(workspace, base), { action: 'notify', settings: base });
    });

    it('does nothing when the scope is unchanged', () => {
        const workspace: ServerSettings = { ...base, diagnostics: { debounceMs: 150, scope: 'workspace' } };
        assert.deepEqual(planChange(workspace, structuredClone(workspace)), { action: 'none' });
        const from = toServerSettings({ scope: 'workspace' }).settings;
        assert.deepEqual(planChange(from, toServerSettings({ scope: 'workspace' }).settings), { action: 'none' });
    });

    it('restarts when a severity goes back to its default: the server merges, it cannot unset', () => {
        const after: ServerSettings = { diagnostics: { debounceMs: 150, scope: 'openFiles' }, severity: {} };
        const plan = planChange(base, after);
        assert.equal(plan.action, 'restart');
        assert.match(plan.action === 'restart' ? plan.reason : '', /claim-hedged/);
    });

    it('restarts when the maximum file size changes: it applies when indexing', () => {
        assert.equal(planChange(base, { ...base, maxFileSize: 10 }).action, 'restart');
        assert.equal(planChange({ ...base, maxFileSize: 10 }, base).action, 'restart');
    });
});
