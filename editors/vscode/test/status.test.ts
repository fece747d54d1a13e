import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { INITIAL, nextStatus, type Status, type StatusEvent, viewOf } from '../src/status';

function after(events: StatusEvent[], from: Status = INITIAL): Status {
    return events.reduce(nextStatus, from);
}

describe('the status-bar item', () => {
    it('goes starting → indexing with the server’s percentage → ready', () => {
        let s = after([{ type: 'starting' }]);
        assert.equal(viewOf(s).text, '$(sync~spin) Attest: starting…');
        s = after([{ type: 'running' }], s);
        assert.equal(viewOf(s).text, '$(sync~spin) Attest: indexing…');
        s = after([{ type: 'progress', value: { kind: 'begin', title: 'Attest: indexing', percentage: 0, message: '2 corpora' } }], s);
        assert.equal(viewOf(s).text, '$(sync~spin) Attest: indexing 0%');
        s = after([{ type: 'progress', value: { kind: 'report', percentage: 50, message: '1 of 2 corpora, 5 articles' } }], s);
        assert.equal(viewOf(s).text, '$(sync~spin) Attest: indexing 50%');
        assert.match(viewOf(s).tooltip, /1 of 2 corpora, 5 articles/);
        s = after([{ type: 'progress', value: { kind: 'end', message: '12 articles indexed' } }], s);
        assert.equal(s.phase, 'ready');
        assert.equal(viewOf(s).text, '$(check) Attest');
        assert.match(viewOf(s).tooltip, /12 articles indexed/);
    });

    it('keeps the last percentage when a report has none', () => {
        const s = after([
            { type: 'starting' },
            { type: 'running' },
            { type: 'progress', value: { kind: 'begin', percentage: 40 } },
            { type: 'progress', value: { kind: 'report', message: 'still going' } },
        ]);
        assert.equal(s.percentage, 40);
        assert.equal(s.message, 'still going');
    });

    it('is ready after a quiet spell without progress, not during one', () => {
        const quiet = after([{ type: 'starting' }, { type: 'running' }, { type: 'quiet' }]);
        assert.equal(quiet.phase, 'ready');
        const busy = after([
            { type: 'starting' },
            { type: 'running' },
            { type: 'progress', value: { kind: 'begin', percentage: 0 } },
            { type: 'quiet' },
        ]);
        assert.equal(busy.phase, 'indexing');
    });

    it('shows a failure until the next start, and ignores late progress', () => {
        let s = after([{ type: 'starting' }, { type: 'failed', message: 'no server' }, { type: 'stopped' }]);
        assert.equal(s.phase, 'failed');
        assert.equal(viewOf(s).error, true);
        assert.equal(viewOf(s).tooltip, 'no server');
        s = after([{ type: 'progress', value: { kind: 'end' } }], s);
        assert.equal(s.phase, 'failed');
        s = after([{ type: 'starting' }], s);
        assert.equal(s.phase, 'starting');
    });

    it('says when the server stopped', () => {
        const s = after([{ type: 'starting' }, { type: 'running' }, { type: 'stopped' }]);
        assert.equal(viewOf(s).text, '$(circle-slash) Attest: stopped');
    });
});
