// The Attest extension: runs `attest lsp` for plain-text and Markdown articles, passes it the
// `attest.*` settings, and offers Restart server, Reindex corpus and Show all mentions, with
// the server's state and indexing progress in the status bar.

import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    LanguageClient,
    type LanguageClientOptions,
    type ServerOptions,
    State,
} from 'vscode-languageclient/node';

import { exitReport, logLine, PUSH_DIAGNOSTICS_COLLECTION } from './lifecycle';
import { bundledName, findServer, searchPath } from './serverPath';
import { planChange, readSettings, type ServerSettings, toServerSettings } from './settings';
import { INITIAL, nextStatus, type ProgressValue, type Status, type StatusEvent, viewOf } from './status';

/** The token under which the server reports indexing (src/lsp/indexing.rs). */
const INDEX_PROGRESS_TOKEN = 'attest/index';

/** If no indexing progress begins this long after the client is ready, say "ready". */
const QUIET_AFTER_MS = 10_000;

const OPEN_SETTINGS = 'Open Settings';
const SHOW_OUTPUT = 'Show Output';

/** Whether a runnable file is at `file`. */
function isExecutable(file: string): boolean {
    try {
        if (!fs.statSync(file).isFile()) {
            return false;
        }
        if (process.platform !== 'win32') {
            fs.accessSync(file, fs.constants.X_OK);
        }
        return true;
    } catch {
        return false;
    }
}

/** Whether a file is at `file`, runnable or not (the bundled server may have lost its mode). */
function isFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

class StatusItem implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private status: Status = INITIAL;

    constructor() {
        this.item = vscode.window.createStatusBarItem('attest.status', vscode.StatusBarAlignment.Left, 0);
        this.item.name = 'Attest';
        this.item.command = 'attest.showOutput';
        this.draw();
        this.item.show();
    }

    get phase(): Status['phase'] {
        return this.status.phase;
    }

    update(event: StatusEvent): void {
        this.status = nextStatus(this.status, event);
        this.draw();
    }

    private draw(): void {
        const view = viewOf(this.status);
        this.item.text = view.text;
        this.item.tooltip = view.tooltip;
        this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }

    dispose(): void {
        this.item.dispose();
    }
}

/** One language client at a time; starts, stops and restarts run one after the other. */
class Session implements vscode.Disposable {
    private client: LanguageClient | undefined;
    /** The settings the running server was last given. */
    private sent: ServerSettings | undefined;
    private queue: Promise<void> = Promise.resolve();
    private quietTimer: NodeJS.Timeout | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    /** The server processes started and not yet ended, with whether a stop was asked for. */
    private readonly processes = new Map<ChildProcess, { deliberate: boolean }>();

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly output: vscode.OutputChannel,
        private readonly status: StatusItem,
    ) {}

    private run(task: () => Promise<void>): Promise<void> {
        const next = this.queue.then(task).catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            this.output.appendLine(`Attest: ${message}`);
            this.status.update({ type: 'failed', message: `Attest: the server failed: ${message}` });
            void this.tell('error', `Attest: the language server failed: ${message}`, [SHOW_OUTPUT]);
        });
        this.queue = next;
        return next;
    }

    start(): Promise<void> {
        return this.run(() => this.doStart());
    }

    stop(): Promise<void> {
        return this.run(() => this.doStop());
    }

    restart(): Promise<void> {
        return this.run(async () => {
            await this.doStop();
            await this.doStart();
        });
    }

    isRunning(): boolean {
        return this.client?.isRunning() ?? false;
    }

    private serverSettings(): ServerSettings {
        const config = vscode.workspace.getConfiguration('attest');
        const { settings, problems } = toServerSettings(readSettings((key) => config.get(key)));
        for (const p of problems) {
            this.output.appendLine(`Attest: setting ignored: ${p}`);
        }
        return settings;
    }

    private locate() {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return findServer({
            setting: vscode.workspace.getConfiguration('attest').get<string>('serverPath'),
            onPath: (command) => searchPath(command, process.env, isExecutable, process.platform),
            bundled: this.context.asAbsolutePath(`server/${bundledName(process.platform)}`),
            exists: isFile,
            workspaceFolder: folder?.scheme === 'file' ? folder.fsPath : undefined,
            home: os.homedir(),
            platform: process.platform,
            remoteName: vscode.env.remoteName,
        });
    }

    private async doStart(): Promise<void> {
        if (this.client !== undefined) {
            return;
        }
        const found = this.locate();
        if (!found.found) {
            this.output.appendLine(found.message);
            this.status.update({ type: 'failed', message: found.message });
            void this.tell('error', found.message, [OPEN_SETTINGS, SHOW_OUTPUT]);
            return;
        }
        if (found.source === 'bundled' && process.platform !== 'win32' && !isExecutable(found.path)) {
            // A bundled binary unpacked without its mode bits.
            try {
                fs.chmodSync(found.path, 0o755);
            } catch {
                // Starting will say what is wrong.
            }
        }
        this.output.appendLine(
            `Attest: starting ${found.path} lsp (from ${describe(found.source)})` +
                (vscode.env.remoteName ? `, on the remote machine (${vscode.env.remoteName})` : ''),
        );

        // The extension starts the process itself (vscode-languageclient would log every exit,
        // a deliberate restart's too, as "[Error] Server process exited with code 0"). Called
        // again for each restart after a crash.
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const serverOptions: ServerOptions = () =>
            this.spawnServer(found.path, folder?.scheme === 'file' ? folder.fsPath : undefined);
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: 'plaintext' },
                { scheme: 'file', language: 'markdown' },
            ],
            // A function, so that a server the client restarts after a crash gets the
            // current settings. The extension sends changes itself (see `configurationChanged`):
            // no `synchronize.configurationSection`.
            initializationOptions: () => {
                this.sent = this.serverSettings();
                return this.sent;
            },
            outputChannel: this.output,
            // Not the name of the server's pull-diagnostics identifier (`attest`): see lifecycle.ts.
            diagnosticCollectionName: PUSH_DIAGNOSTICS_COLLECTION,
            middleware: {
                handleWorkDoneProgress: (token, params, next) => {
                    if (token === INDEX_PROGRESS_TOKEN) {
                        this.status.update({ type: 'progress', value: params as ProgressValue });
                    }
                    next(token, params);
                },
            },
        };
        // `attest` is the client's id: vscode-languageclient reads `attest.trace.server` itself.
        const client = new LanguageClient('attest', 'Attest', serverOptions, clientOptions);
        this.client = client;
        this.subscriptions.push(
            client.onDidChangeState((e) => {
                switch (e.newState) {
                    case State.Starting:
                        this.status.update({ type: 'starting' });
                        break;
                    case State.Running:
                        this.running();
                        break;
                    case State.Stopped:
                        this.clearQuietTimer();
                        void vscode.commands.executeCommand('setContext', 'attest.running', false);
                        this.status.update({ type: 'stopped' });
                        break;
                }
            }),
        );
        this.status.update({ type: 'starting' });
        try {
            await client.start();
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.status.update({
                type: 'failed',
                message: `Attest: ${found.path} lsp did not start: ${message}`,
            });
            void this.tell('error', `Attest: the language server did not start (${found.path}): ${message}`, [
                OPEN_SETTINGS,
                SHOW_OUTPUT,
            ]);
            await this.doStop();
            return;
        }
        // The state event may have come before the listener saw Running.
        if (client.isRunning()) {
            this.running();
        }
    }

    private spawnServer(command: string, cwd: string | undefined): Promise<ChildProcess> {
        return new Promise((resolve, reject) => {
            const child = spawn(command, ['lsp'], { cwd, env: process.env, stdio: 'pipe', shell: false });
            const record = { deliberate: false };
            child.once('error', (error) => {
                this.processes.delete(child);
                reject(error);
            });
            child.once('spawn', () => {
                this.processes.set(child, record);
                resolve(child);
            });
            child.once('exit', (code, signal) => {
                const known = this.processes.has(child);
                this.processes.delete(child);
                if (known) {
                    const report = exitReport(code, signal, record.deliberate);
                    this.output.appendLine(logLine(report, new Date().toLocaleTimeString()));
                }
            });
        });
    }

    /** The server processes are being stopped on purpose: their exit is no error. Returns them. */
    private stopping(): ChildProcess[] {
        const children = [...this.processes.keys()];
        for (const record of this.processes.values()) {
            record.deliberate = true;
        }
        return children;
    }

    private running(): void {
        void vscode.commands.executeCommand('setContext', 'attest.running', true);
        if (this.status.phase === 'indexing' || this.status.phase === 'ready') {
            return;
        }
        this.status.update({ type: 'running' });
        this.clearQuietTimer();
        this.quietTimer = setTimeout(() => this.status.update({ type: 'quiet' }), QUIET_AFTER_MS);
    }

    private clearQuietTimer(): void {
        if (this.quietTimer !== undefined) {
            clearTimeout(this.quietTimer);
            this.quietTimer = undefined;
        }
    }

    private async doStop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.sent = undefined;
        this.clearQuietTimer();
        if (client === undefined) {
            return;
        }
        try {
            if (client.state === State.Starting) {
                // A restart after a crash is under way: let it finish, then stop it.
                await client.start().catch(() => undefined);
            }
            this.stopping();
            if (client.needsStop()) {
                await client.dispose(2000);
            }
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.output.appendLine(`Attest: stopping the server: ${message}`);
        }
        // After `shutdown` and `exit`, the server has 2 s more to end before it is killed.
        await Promise.all(this.stopping().map((child) => ended(child, 2000)));
        for (const d of this.subscriptions.splice(0)) {
            d.dispose();
        }
        void vscode.commands.executeCommand('setContext', 'attest.running', false);
        this.status.update({ type: 'stopped' });
    }

    /** Settings changed: send them, or restart the server when it cannot take them live. */
    configurationChanged(e: vscode.ConfigurationChangeEvent): void {
        if (!e.affectsConfiguration('attest')) {
            return;
        }
        if (e.affectsConfiguration('attest.serverPath')) {
            this.output.appendLine('Attest: attest.serverPath changed, restarting the server');
            void this.restart();
            return;
        }
        const client = this.client;
        const before = this.sent;
        if (client === undefined || before === undefined || !client.isRunning()) {
            return; // Read when the server next starts.
        }
        const after = this.serverSettings();
        const plan = planChange(before, after);
        switch (plan.action) {
            case 'none':
                return;
            case 'notify':
                this.sent = plan.settings;
                void client
                    .sendNotification(DidChangeConfigurationNotification.type, { settings: plan.settings })
                    .catch((error: unknown) => this.output.appendLine(`Attest: sending settings: ${String(error)}`));
                return;
            case 'restart':
                this.output.appendLine(`Attest: restarting the server: ${plan.reason}`);
                void this.restart();
                return;
        }
    }

    private async tell(level: 'error' | 'info', message: string, actions: string[]): Promise<void> {
        const choice =
            level === 'error'
                ? await vscode.window.showErrorMessage(message, ...actions)
                : await vscode.window.showInformationMessage(message, ...actions);
        if (choice === OPEN_SETTINGS) {
            await vscode.commands.executeCommand('workbench.action.openSettings', 'attest.serverPath');
        } else if (choice === SHOW_OUTPUT) {
            this.output.show(true);
        }
    }

    dispose(): void {
        this.clearQuietTimer();
        for (const d of this.subscriptions.splice(0)) {
            d.dispose();
        }
    }
}

/** Resolves when `child` has ended, killing it if it has not within `ms`. */
function ended(child: ChildProcess, ms: number): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) {
        return Promise.resolve();
    }
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
        }, ms);
        child.once('exit', () => {
            clearTimeout(timer);
            resolve();
        });
    });
}

function describe(source: 'setting' | 'path' | 'bundled'): string {
    switch (source) {
        case 'setting':
            return 'attest.serverPath';
        case 'path':
            return 'PATH';
        case 'bundled':
            return 'the server bundled with the extension';
    }
}

/** Every mention of the name at the cursor, across the corpus, in the peek view. */
async function showAllMentions(session: Session): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined) {
        void vscode.window.showInformationMessage('Attest: open an article and put the cursor on a name.');
        return;
    }
    if (!session.isRunning()) {
        void vscode.window.showInformationMessage('Attest: the language server is not running.');
        return;
    }
    const uri = editor.document.uri;
    const position = editor.selection.active;
    const locations =
        (await vscode.commands.executeCommand<vscode.Location[] | undefined>(
            'vscode.executeReferenceProvider',
            uri,
            position,
        )) ?? [];
    if (locations.length === 0) {
        void vscode.window.showInformationMessage('Attest: no mentions of a name at the cursor.');
        return;
    }
    await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
}

let session: Session | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const output = vscode.window.createOutputChannel('Attest');
    const status = new StatusItem();
    const s = new Session(context, output, status);
    session = s;
    context.subscriptions.push(
        output,
        status,
        s,
        vscode.commands.registerCommand('attest.restartServer', () => s.restart()),
        // The server has no reindex command yet. It indexes every workspace folder when it
        // starts (on `initialized`), and `workspace/didChangeConfiguration` only republishes
        // diagnostics; so reindexing is a restart of the client and its server.
        vscode.commands.registerCommand('attest.reindexCorpus', () => s.restart()),
        vscode.commands.registerCommand('attest.showAllMentions', () => showAllMentions(s)),
        vscode.commands.registerCommand('attest.showOutput', () => output.show(true)),
        vscode.workspace.onDidChangeConfiguration((e) => s.configurationChanged(e)),
    );
    void s.start();
}

export async function deactivate(): Promise<void> {
    const s = session;
    session = undefined;
    await s?.stop();
}
