// The Attest extension in a real VS Code: code-server (VS Code 1.100 served to a browser),
// driven by Debian's Chromium through playwright-core. run.sh installs what it needs and
// starts this; editors/vscode/README.md ("Testing in a real VS Code") lists the checks.
//
// Every step waits for a state of the UI (a status item, a row of the Problems panel, a
// hover), never for a fixed time, and saves a screenshot to $ATTEST_E2E_OUT/screenshots/.
// Exit status: 0 when every check passed, 1 otherwise.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const out = path.resolve(process.env.ATTEST_E2E_OUT ?? path.join(repo, 'target/vscode-e2e'));
const attestBin = path.resolve(required('ATTEST_BIN'));
const vsix = path.resolve(required('ATTEST_VSIX'));
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const codeServer = path.join(here, 'node_modules/.bin/code-server');
/** How long one UI state may take to appear. */
const TIMEOUT = Number(process.env.ATTEST_E2E_TIMEOUT_MS ?? 60_000);

function required(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`error: ${name} is not set (run.sh sets it)`);
        process.exit(2);
    }
    return value;
}

const run = path.join(out, 'run');
const shots = path.join(out, 'screenshots');
const userData = path.join(run, 'user-data');
const extensions = path.join(run, 'extensions');
const corpus = path.join(run, 'corpus');
const started = Date.now();

function log(message) {
    console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

// ---------------------------------------------------------------------------------------
// A fresh VS Code: user data, extensions, and a copy of the seed corpus with an attest.toml.

fs.rmSync(run, { recursive: true, force: true });
fs.rmSync(shots, { recursive: true, force: true });
fs.mkdirSync(shots, { recursive: true });
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensions, { recursive: true });
fs.cpSync(path.join(repo, 'seeds'), corpus, { recursive: true });
fs.writeFileSync(path.join(corpus, 'attest.toml'), '[corpus]\nlanguage = "fr"\n');

const userSettings = path.join(userData, 'User/settings.json');
// attest.serverPath in *User* settings: code-server is a remote-style window, where a
// `machine`-scoped setting from User settings is greyed out and lost (issue 16).
fs.writeFileSync(
    userSettings,
    JSON.stringify(
        {
            'attest.serverPath': attestBin,
            'workbench.startupEditor': 'none',
            'workbench.tips.enabled': false,
            'workbench.enableExperiments': false,
            'workbench.welcomePage.walkthroughs.openOnInstall': false,
            'workbench.settings.editor': 'ui',
            'security.workspace.trust.enabled': false,
            'telemetry.telemetryLevel': 'off',
            'update.mode': 'none',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'extensions.ignoreRecommendations': true,
            'git.enabled': false,
            'chat.commandCenter.enabled': false,
            'editor.hover.delay': 100,
            'editor.minimap.enabled': false,
            'editor.wordWrap': 'on',
            'window.dialogStyle': 'custom',
        },
        null,
        4,
    ),
);

// What `attest check` finds in 003, to compare with what VS Code shows.
const cli = (() => {
    const run = spawnSync(attestBin, ['check', '--format', 'json', '.'], { cwd: corpus, encoding: 'utf8' });
    const found = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
        .filter((f) => f.file.includes('003_b21e87a935b8b5cf'));
    const count = (p) => found.filter(p).length;
    return {
        errors: count((f) => f.severity === 'error'),
        warnings: count((f) => f.severity === 'warning'),
        information: count((f) => f.severity === 'information'),
        hints: count((f) => f.severity === 'hint'),
        hedged: count((f) => f.code === 'claim-hedged' && f.severity === 'hint'),
    };
})();
if (cli.warnings === 0 || cli.hedged === 0) {
    console.error(`error: attest check finds no warnings or no hedged hints in 003: ${JSON.stringify(cli)}`);
    process.exit(1);
}

const env = {
    ...process.env,
    // Nothing to look up: no gallery, no marketplace.
    EXTENSIONS_GALLERY: '{}',
    // The extension host's PATH has no `attest`: only the User setting can find it.
    PATH: (process.env.PATH ?? '').split(':').filter((d) => !fs.existsSync(path.join(d, 'attest'))).join(':'),
};
// Its own config file too: code-server would otherwise write ~/.config/code-server/config.yaml.
const config = path.join(run, 'config.yaml');
fs.writeFileSync(config, 'auth: none\n');
const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

log(`installing ${path.relative(repo, vsix)}`);
const install = spawnSync(codeServer, [...common, '--install-extension', vsix], { env, encoding: 'utf8' });
process.stdout.write(install.stdout);
process.stderr.write(install.stderr);
if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
    console.error('error: code-server --install-extension failed');
    process.exit(1);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

const port = await freePort();
const serverLog = fs.createWriteStream(path.join(out, 'code-server.log'));
const cs = spawn(
    codeServer,
    [
        ...common,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--disable-file-downloads',
        corpus,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
cs.stdout.pipe(serverLog);
cs.stderr.pipe(serverLog);
let csExited = false;
cs.on('exit', () => {
    csExited = true;
});
// code-server and what it started (the extension host, the servers) end with this test.
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        try {
            process.kill(-cs.pid, 'SIGTERM');
        } catch {
            // Already gone.
        }
        process.exit(1);
    });
}

async function waitForServer() {
    const deadline = Date.now() + TIMEOUT;
    while (Date.now() < deadline) {
        if (csExited) {
            throw new Error('code-server exited; see code-server.log');
        }
        try {
            const res = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (res.ok) {
                return;
            }
        } catch {
            // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`code-server did not answer on 127.0.0.1:${port}`);
}

// ---------------------------------------------------------------------------------------
// The browser and the steps.

let browser;
let page;
let stepNo = 0;
const failures = [];
/** Every notification seen, with its severity. */
const notifications = new Map();

async function step(name, body) {
    stepNo += 1;
    const file = path.join(shots, `${String(stepNo).padStart(2, '0')}-${name}.png`);
    const t0 = Date.now();
    try {
        await body();
        await collectNotifications();
        await page.screenshot({ path: file });
        log(`ok   ${name} (${Date.now() - t0} ms) → ${path.relative(repo, file)}`);
    } catch (error) {
        const failed = file.replace(/\.png$/, '-FAILED.png');
        await page?.screenshot({ path: failed }).catch(() => undefined);
        log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)} → ${path.relative(repo, failed)}`);
        failures.push(name);
        throw error;
    }
}

/** The notifications on screen: their text, and whether they are errors. */
async function collectNotifications() {
    const toasts = await page.locator('.notification-toast-container .notification-list-item').all();
    for (const toast of toasts) {
        const text = ((await toast.locator('.notification-list-item-message').textContent().catch(() => '')) ?? '').trim();
        const error = (await toast.locator('.codicon-error').count()) > 0;
        const warning = (await toast.locator('.codicon-warning').count()) > 0;
        if (text !== '' && !notifications.has(text)) {
            notifications.set(text, error ? 'error' : warning ? 'warning' : 'info');
            log(`     notification (${notifications.get(text)}): ${text}`);
        }
    }
}

/** A command from the Command Palette, by its title as the palette lists it. */
async function command(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    const focused = (await page.locator('.quick-input-widget .monaco-list-row.focused').first().textContent().catch(() => '')) ?? '';
    if (focused.includes(title)) {
        await input.press('Enter');
    } else {
        await row.click();
    }
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Quick Open with a prefix (`` for files, `:` for a line). */
async function quickOpen(value, rowText) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(value);
    if (rowText !== undefined) {
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: TIMEOUT });
    }
    await input.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * Warnings VS Code logs about the extension that are known and left to the server: listed
 * here so that any other warning fails the test. Issue 16: the server answers a request for
 * `quickfix` code actions with `refactor` ones as well; remove this line once it honours
 * `context.only` (src/lsp), and the test will see to it that it stays fixed.
 */
// Warnings VS Code may log about the extension that are known and accepted: none. (The
// code-action kind warning went when the server began to honour `context.only`.)
const TOLERATED_LOG_LINES = [];

/**
 * The server's hover card on « Tokayev » (src/queries/hover.rs), not only the finding's
 * message, which names the canonical form too.
 */
const SERVER_HOVER = /Kassym-Jomart Tokaïev\s*·\s*person[\s\S]*\d+ mentions in \d+ articles/;

const attestStatus = () => page.locator('.statusbar-item', { hasText: /Attest/ }).first();

/** The status item once it shows the check mark, with the tooltip it carries. */
async function waitReady() {
    await page.locator('.statusbar-item:has(.codicon-check)', { hasText: 'Attest' }).first().waitFor({ timeout: TIMEOUT });
}

/** The counts of the status bar's problems item: errors, warnings, infos. */
async function problemCounts() {
    const label = (await page.locator('.statusbar-item[id="status.problems"] a, .statusbar-item[id="status.problems"]').first().getAttribute('aria-label')) ?? '';
    const count = (word) => Number(new RegExp(`${word}:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 'NaN');
    return { label, errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

async function waitFor(what, predicate) {
    const deadline = Date.now() + TIMEOUT;
    let last;
    while (Date.now() < deadline) {
        last = await predicate();
        if (last.ok) {
            return last;
        }
        await page.waitForTimeout(250);
    }
    throw new Error(`${what}: ${JSON.stringify(last)}`);
}

/**
 * Types `text` in the Problems panel's filter and waits until the list is filtered: every
 * finding row (with a severity icon) matches `matches`.
 */
async function problemsFilter(text, matches = () => true) {
    const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await filter.waitFor({ state: 'visible', timeout: TIMEOUT });
    await filter.fill(text);
    return waitFor(`the Problems panel filtered by « ${text} »`, async () => {
        const rows = await page.locator('.markers-panel .monaco-list-row:has(.marker-icon)').allTextContents();
        return { ok: rows.length > 0 && rows.every(matches), rows };
    });
}

/**
 * Opens 003 (focusing its editor), puts the cursor in « Tokayev » on line 9 (where `attest
 * check` finds it, 9:194), asks for the hover from the keyboard and waits for the server's card.
 */
async function hoverTokayev() {
    await restMouse();
    await quickOpen('003_b21e87a935b8b5cf', '003_b21e87a935b8b5cf.txt');
    const line = fs.readFileSync(path.join(corpus, '003_b21e87a935b8b5cf.txt'), 'utf8').split('\n')[8];
    const column = line.indexOf('Tokayev') + 1;
    if (column === 0) {
        throw new Error('« Tokayev » is not on line 9 of 003');
    }
    await quickOpen(`:9:${column + 2}`);
    await command('Show or Focus Hover');
    const hover = page.locator('.monaco-hover', { hasText: SERVER_HOVER }).first();
    await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
    if (!(await hover.textContent())?.includes('Kassym-Jomart Tokaïev')) {
        throw new Error('the hover does not name « Kassym-Jomart Tokaïev »');
    }
    return hover;
}

/** The mouse where it shows no hover and hides none: the Explorer's empty space. */
async function restMouse() {
    await page.mouse.move(150, 600);
}

/** The pids of `attest lsp` processes descending from this test's code-server. */
function serverProcesses() {
    const parent = new Map();
    const servers = [];
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
            const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
            parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
            const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
            if (argv[0] === attestBin && argv[1] === 'lsp') {
                servers.push(Number(pid));
            }
        } catch {
            // Ended meanwhile.
        }
    }
    const under = (pid) => {
        for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
            if (p === cs.pid) {
                return true;
            }
        }
        return false;
    };
    return servers.filter(under);
}

/** The extension's own output channel, as VS Code writes it to its logs. */
function attestOutput() {
    const files = findFiles(path.join(userData, 'logs'), (f) => /Attest\.log$/.test(f));
    return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

function allLogs() {
    return findFiles(path.join(userData, 'logs'), (f) => f.endsWith('.log'))
        .map((f) => `==> ${f}\n${fs.readFileSync(f, 'utf8')}`)
        .join('\n');
}

function findFiles(dir, keep) {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath ?? e.path, e.name))
        .filter(keep);
}

let exitCode = 0;
try {
    await waitForServer();
    log(`code-server on 127.0.0.1:${port}, VS Code ${JSON.parse(fs.readFileSync(path.join(here, 'node_modules/code-server/lib/vscode/package.json'), 'utf8')).version}`);
    browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => log(`     page error: ${e.message}`));

    await step('workbench-and-extension-active', async () => {
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(corpus)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
        await attestStatus().waitFor({ timeout: TIMEOUT });
        await waitReady();
        await attestStatus().hover();
        const tip = page.locator('.monaco-hover, .custom-hover', { hasText: /Attest is ready/ }).first();
        await tip.waitFor({ timeout: TIMEOUT });
        const text = (await tip.textContent()) ?? '';
        log(`     status tooltip: ${text.trim()}`);
        if (!/5 articles? indexed/.test(text)) {
            throw new Error(`the status tooltip does not say the 5 articles are indexed: ${text}`);
        }
        // The client's diagnostic collection and the server's pull diagnostics had one name.
        const warned = allLogs().split('\n').find((l) => l.includes('DiagnosticCollection with name'));
        if (warned !== undefined) {
            throw new Error(`VS Code warned at the start: ${warned}`);
        }
    });

    await step('problems-panel', async () => {
        await restMouse();
        await quickOpen('003_b21e87a935b8b5cf', '003_b21e87a935b8b5cf.txt');
        await page.locator('.tab.active', { hasText: '003_b21e87a935b8b5cf.txt' }).waitFor({ timeout: TIMEOUT });
        await command('View: Focus Problems (Errors, Warnings, Infos)').catch(async () => {
            await page.keyboard.press('Control+Shift+M');
        });
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: TIMEOUT });
        // The Problems panel lists errors, warnings and information, not hints: as many for
        // 003 as `attest check` finds there.
        const expected = cli.errors + cli.warnings + cli.information;
        const counts = await waitFor(`the Problems panel counts ${expected} findings in 003, as attest check does`, async () => {
            const c = await problemCounts();
            const row = (await page.locator('.markers-panel .monaco-list-row:not(:has(.marker-icon))', { hasText: '003_b21e87a935b8b5cf.txt' }).first().textContent().catch(() => '')) ?? '';
            const badge = Number(/(\d+)\s*$/.exec(row.trim())?.[1] ?? NaN);
            return { ok: c.warnings > 0 && c.infos > 0 && badge === expected, badge, row, ...c };
        });
        log(`     problems: ${counts.label}; 003: ${counts.badge} (attest check: ${cli.warnings} warnings, ${cli.information} information, ${cli.hints} hints)`);
        const filtered = await problemsFilter('selon les experts', (t) => t.includes('selon les experts'));
        log(`     rows: ${filtered.rows.join(' | ')}`);
        if (!filtered.rows.some((t) => t.includes('source-anonymous') && t.includes('[Ln 7, Col 247]'))) {
            throw new Error(`no source-anonymous on « selon les experts » at 7:247: ${filtered.rows}`);
        }
        const files = await page.locator('.markers-panel .monaco-list-row:not(:has(.marker-icon))').allTextContents();
        if (!files.some((t) => t.includes('003_b21e87a935b8b5cf.txt'))) {
            throw new Error(`the finding is not under 003_b21e87a935b8b5cf.txt: ${files}`);
        }
    });

    await step('hover-tokayev', async () => {
        await problemsFilter('');
        const hover = await hoverTokayev();
        log(`     hover: ${((await hover.textContent()) ?? '').replace(/\s+/g, ' ').trim()}`);
    });

    await step('server-path-applies-in-user-settings', async () => {
        await page.keyboard.press('Escape');
        await command('Preferences: Open User Settings');
        const search = page.locator('.settings-editor .suggest-input-container .monaco-editor textarea, .settings-editor .search-container textarea').first();
        await search.waitFor({ state: 'visible', timeout: TIMEOUT });
        await search.fill('attest.serverPath');
        const item = page.locator('.settings-editor .setting-item-contents', { hasText: 'Server Path' }).first();
        const none = page.locator('.settings-editor .no-results-message', { hasText: 'No Settings Found' });
        await waitFor('the settings editor shows attest.serverPath, or no setting', async () => ({
            ok: (await item.isVisible()) || (await none.isVisible()),
        }));
        if (await none.isVisible()) {
            // What a `machine`-scoped setting gives in a remote window: not in User settings.
            throw new Error('attest.serverPath is not in the User settings of this remote-style window (No Settings Found)');
        }
        const text = (await item.textContent()) ?? '';
        if (/cannot be applied in this window/i.test(text)) {
            throw new Error(`attest.serverPath is greyed out in User settings: ${text}`);
        }
        const value = await item.locator('input').first().inputValue();
        if (value !== attestBin) {
            throw new Error(`the settings editor shows attest.serverPath = ${value}`);
        }
    });

    let before;
    await step('severity-setting-applies-live', async () => {
        before = await problemCounts();
        const search = page.locator('.settings-editor .suggest-input-container .monaco-editor textarea, .settings-editor .search-container textarea').first();
        await search.fill('attest.severity.claim-hedged');
        const item = page.locator('.settings-editor .setting-item-contents', { hasText: /Claim-?hedged/i }).first();
        await item.waitFor({ state: 'visible', timeout: TIMEOUT });
        await item.locator('select, .monaco-select-box').first().click();
        const option = page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: /^warning$/ }).first();
        await option.waitFor({ state: 'visible', timeout: TIMEOUT });
        await option.click();
        await waitFor('User settings.json has claim-hedged = warning', async () => {
            const json = fs.readFileSync(userSettings, 'utf8');
            return { ok: /"attest\.severity\.claim-hedged":\s*"warning"/.test(json) };
        });
        // The hedged wordings of 003 were hints (not in the Problems panel); now warnings.
        const after = await waitFor(`the ${cli.hedged} hedged wordings of 003 become warnings without a restart`, async () => {
            const c = await problemCounts();
            return { ok: c.warnings === before.warnings + cli.hedged, before: before.label, after: c.label };
        });
        log(`     problems: ${before.label} → ${after.after}`);
        await command('View: Focus Problems (Errors, Warnings, Infos)');
        const rows = await problemsFilter('claim-hedged', (t) => t.includes('claim-hedged'));
        log(`     rows: ${rows.rows.join(' | ')}`);
        const icons = await page.locator('.markers-panel .monaco-list-row:has(.marker-icon) .marker-icon').evaluateAll(
            (els) => els.map((e) => e.className),
        );
        if (!icons.every((c) => /warning/.test(c))) {
            throw new Error(`claim-hedged rows are not all warnings: ${icons}`);
        }
        const starts = (attestOutput().match(/Attest: starting /g) ?? []).length;
        if (starts !== 1 || attestOutput().includes('restarting the server')) {
            throw new Error(`the severity change restarted the server instead of applying live:\n${attestOutput()}`);
        }
    });

    await step('restart-server', async () => {
        await problemsFilter('');
        await restMouse();
        const outputBefore = attestOutput();
        const startsBefore = (outputBefore.match(/Attest: starting /g) ?? []).length;
        await command('Attest: Restart server');
        await waitFor('a second server started', async () => ({
            ok: (attestOutput().match(/Attest: starting /g) ?? []).length > startsBefore,
        }));
        await waitReady();
        // A working server: the hover answers again, and the findings are back.
        await hoverTokayev();
        const counts = await waitFor('the findings are back, with claim-hedged still a warning', async () => {
            const c = await problemCounts();
            return { ok: c.warnings === before.warnings + cli.hedged && c.infos === before.infos, ...c };
        });
        log(`     problems after restart: ${counts.label}`);
        const output = attestOutput();
        if (!/the server stopped \(exit code 0\)/.test(output)) {
            throw new Error(`the output channel does not say the server stopped with code 0:\n${output}`);
        }
    });

    await step('output-and-notifications', async () => {
        await page.keyboard.press('Escape');
        await command('Attest: Show server output');
        await page.locator('.output-view, .panel .monaco-editor', { hasText: 'Attest' }).first().waitFor({ timeout: TIMEOUT });
        const output = attestOutput();
        fs.writeFileSync(path.join(out, 'attest-output.log'), output);
        const errors = output.split('\n').filter((l) => /\[Error|exited with code|exited unexpectedly/.test(l));
        if (errors.length > 0) {
            throw new Error(`errors in the Attest output channel:\n${errors.join('\n')}`);
        }
        const logs = allLogs();
        fs.writeFileSync(path.join(out, 'vscode-logs.txt'), logs);
        for (const bad of ['DiagnosticCollection with name', 'Server process exited with code', 'no language server found']) {
            const hit = logs.split('\n').find((l) => l.includes(bad));
            if (hit !== undefined) {
                throw new Error(`VS Code logged: ${hit}`);
            }
        }
        // Any other warning or error VS Code logged about the extension.
        const problems = logs.split('\n').filter((l) => /\[(warning|error)\].*attest/i.test(l));
        const tolerated = problems.filter((l) => TOLERATED_LOG_LINES.some((t) => t.test(l)));
        if (tolerated.length > 0) {
            log(`     note: ${tolerated.length} known warnings, still to fix in the server: ${tolerated[0].replace(/^\S+ \S+ /, '')}`);
        }
        const unexpected = problems.filter((l) => !tolerated.includes(l));
        if (unexpected.length > 0) {
            throw new Error(`VS Code logged about the extension:\n${unexpected.slice(0, 5).join('\n')}`);
        }
        await command('Notifications: Show Notifications');
        await page.locator('.notifications-center').waitFor({ state: 'visible', timeout: TIMEOUT });
        for (const item of await page.locator('.notifications-center .notification-list-item').all()) {
            const text = ((await item.locator('.notification-list-item-message').textContent()) ?? '').trim();
            const error = (await item.locator('.codicon-error').count()) > 0;
            if (!notifications.has(text)) {
                notifications.set(text, error ? 'error' : 'info');
                log(`     notification (${notifications.get(text)}): ${text}`);
            }
        }
        const errorNotes = [...notifications].filter(([, level]) => level === 'error');
        if (errorNotes.length > 0) {
            throw new Error(`error notifications: ${errorNotes.map(([t]) => t).join(' | ')}`);
        }
    });

    // After the check for errors, as a crash is one: the server killed, VS Code restarts it.
    await step('server-crash-is-an-error-and-restarts', async () => {
        const [victim] = serverProcesses();
        if (victim === undefined) {
            throw new Error(`no ${attestBin} lsp process under code-server`);
        }
        process.kill(victim, 'SIGKILL');
        await waitFor('the output channel calls the crash an error', async () => ({
            ok: /\[Error - [^\]]*\] Attest: the server exited unexpectedly \(signal SIGKILL\)/.test(attestOutput()),
        }));
        const restarted = await waitFor('a new server process', async () => {
            const now = serverProcesses();
            return { ok: now.length === 1 && now[0] !== victim, now };
        });
        log(`     server ${victim} killed, ${restarted.now[0]} started by the client`);
        await waitReady();
        await hoverTokayev();
    });

    // Last, as it shows an error on purpose: without attest.serverPath (and no `attest` on
    // the extension host's PATH), the notification says where to set it in this window.
    await step('no-server-says-where-to-set-the-path', async () => {
        await command('Notifications: Clear All Notifications');
        await command('Preferences: Open User Settings');
        const search = page.locator('.settings-editor .suggest-input-container .monaco-editor textarea, .settings-editor .search-container textarea').first();
        await search.waitFor({ state: 'visible', timeout: TIMEOUT });
        await search.fill('attest.serverPath');
        const input = page.locator('.settings-editor .setting-item-contents', { hasText: 'Server Path' }).first().locator('input').first();
        await input.waitFor({ state: 'visible', timeout: TIMEOUT });
        await input.fill('');
        await input.press('Tab');
        await waitFor('User settings.json without attest.serverPath', async () => ({
            ok: !/"attest\.serverPath":\s*"[^"]/.test(fs.readFileSync(userSettings, 'utf8')),
        }));
        const toast = page.locator('.notification-toast-container .notification-list-item', {
            hasText: 'no language server found',
        }).first();
        await toast.waitFor({ state: 'visible', timeout: TIMEOUT });
        const text = ((await toast.textContent()) ?? '').replace(/\s+/g, ' ');
        log(`     notification: ${text}`);
        for (const expected of [/remote machine/, /Settings → User \(or Remote/, /login shell/, /Restart server/]) {
            if (!expected.test(text)) {
                throw new Error(`the notification does not say ${expected}: ${text}`);
            }
        }
        await page.locator('.statusbar-item:has(.codicon-error)', { hasText: 'Attest' }).first().waitFor({ timeout: TIMEOUT });
        // The toast fades in: the screenshot waits for it to be opaque.
        await toast.evaluate((el) =>
            Promise.all((el.closest('.notification-toast') ?? el).getAnimations({ subtree: true }).map((a) => a.finished)),
        );
    });
} catch (error) {
    exitCode = 1;
    if (failures.length === 0) {
        console.error(error);
    }
} finally {
    await browser?.close().catch(() => undefined);
    try {
        process.kill(-cs.pid, 'SIGTERM');
    } catch {
        // Already gone.
    }
}

log(exitCode === 0 ? `passed: ${stepNo} steps, screenshots in ${path.relative(repo, shots)}/` : `FAILED: ${failures.join(', ') || 'setup'}; screenshots in ${path.relative(repo, shots)}/, logs in ${path.relative(repo, out)}/`);
process.exit(exitCode);
