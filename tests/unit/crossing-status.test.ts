import { describe, expect, it } from 'vitest';
import { crossingStatusPeriodSchema } from '../../src/data/schema-v1';
import { buildCrossingTable, crossingIconAt, crossingStatusAt, crossingStatusCode, CROSSING_STATUSES } from '../../src/data/tables/point-rows';
import { crossingStatusMeaning, CROSSING_STATUS_ORDER, CROSSING_STATUS_TEXT, crossingIconName, describeStatusAt, statusHistory, statusPhrase } from '../../src/domain/crossing-status';
import { formatSourceDate } from '../../src/domain/month';
import { CROSSING_STATUS_COLORS } from '../../src/domain/palette';
import type { Crossing, CrossingStatusPeriod } from '../../src/domain/types';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

const idomeni = () => newFieldsDataset().crossings.find((c) => c.id === 'idomeni')!;
const crossingWith = (statusPeriods: CrossingStatusPeriod[]): Crossing => ({
  id: 'x', name: 'X', countries: ['GR', 'MK'], coord: [22, 41], coordStatus: 'confirmed', statusPeriods, sources: [], confidence: 'high',
});

describe('crossing status registry', () => {
  it('names, colours and orders every status of the format', () => {
    const formatStatuses = crossingStatusPeriodSchema.shape.status.options;
    expect([...CROSSING_STATUS_ORDER].sort()).toEqual([...formatStatuses].sort());
    for (const status of formatStatuses) {
      expect(CROSSING_STATUS_TEXT[status].legend.length).toBeGreaterThan(0);
      expect(CROSSING_STATUS_COLORS[status]).toHaveLength(4);
    }
  });

  it('says "status unknown" for the stored value "unrecorded", and "closed for transit" for "closed"', () => {
    expect(statusPhrase('unrecorded')).toBe('status unknown');
    expect(statusPhrase('closed')).toBe('closed for transit');
    expect(statusPhrase('restricted')).toBe('restricted (only some pass)');
    expect(statusPhrase('something-new')).toBe('status unknown');
    expect(Object.values(CROSSING_STATUS_TEXT).map((t) => t.legend)).not.toContain('No status recorded');
  });

  it('has one line on what a status means', () => {
    expect(crossingStatusMeaning()).toMatch(/^Crossing status is for people in transit: open \/ restricted \(only some nationalities, quotas, a few a day\) \/ closed for transit \(regular traffic may pass\)/);
    expect(crossingStatusMeaning()).toMatch(/status unknown\. Faded: end unknown \(last confirmed earlier\)\.$/);
  });

  it('formats source dates to the precision given', () => {
    expect(formatSourceDate('2016-03-09')).toBe('9 Mar 2016');
    expect(formatSourceDate('2016-05')).toBe('May 2016');
    expect(formatSourceDate('2016')).toBe('2016');
    expect(formatSourceDate('spring 2016')).toBe('spring 2016');
  });
});

describe('status in a month', () => {
  it('gives a confirmed status with its start date', () => {
    expect(describeStatusAt(idomeni(), '2016-04')).toBe('closed for transit since 9 Mar 2016');
    expect(describeStatusAt(idomeni(), '2015-12')).toBe('restricted (only some pass) since 18 Nov 2015');
  });

  it('says "end unknown" with the last confirmation after the confirmed period', () => {
    expect(describeStatusAt(idomeni(), '2016-08')).toBe('closed for transit since 9 Mar 2016 — end unknown (last confirmed 26 May 2016)');
    const monthOnly = crossingWith([
      { from: '2016-03', to: '2016-05', status: 'closed', fromDate: '2016-03-09', sources: [] },
      { from: '2016-06', to: '2016-12', status: 'closed', endUnknown: true, sources: [] },
    ]);
    expect(describeStatusAt(monthOnly, '2016-09')).toBe('closed for transit since 9 Mar 2016 — end unknown (last confirmed May 2016)');
  });

  it('an "end unknown" period on its own: last confirmed the month before it; "since" only from a date before it', () => {
    const alone = crossingWith([{ from: '2016-06', to: '2016-12', status: 'closed', fromDate: '2016-03-09', endUnknown: true, sources: [] }]);
    expect(describeStatusAt(alone, '2016-07')).toBe('closed for transit since 9 Mar 2016 — end unknown (last confirmed May 2016)');
    const bare = crossingWith([{ from: '2016-06', to: '2016-12', status: 'fenced', endUnknown: true, sources: [] }]);
    expect(describeStatusAt(bare, '2016-07')).toBe('fenced green border — end unknown (last confirmed May 2016)');
  });

  it('does not date a status from the first month of the data', () => {
    const fromStart = crossingWith([{ from: '2009-01', to: '2016-12', status: 'open', sources: [] }]);
    expect(describeStatusAt(fromStart, '2015-01', '2009-01')).toBe('open');
    expect(describeStatusAt(crossingWith([{ from: '2009-01', to: '2016-12', status: 'unrecorded', sources: [] }]), '2015-01')).toBe('status unknown');
    expect(describeStatusAt(fromStart, '2017-01')).toBe('no status recorded for this month');
  });
});

describe('status history', () => {
  it('lists each period, joining a confirmed period with its "end unknown" continuation', () => {
    const history = statusHistory(idomeni());
    expect(history.map((h) => [h.fromText, h.toText, h.status])).toEqual([
      ['Jun 2015', 'Oct 2015', 'open'],
      ['18 Nov 2015', 'Feb 2016', 'restricted'],
      ['9 Mar 2016', 'end unknown', 'closed'],
    ]);
    const closed = history[2]!;
    expect(closed).toMatchObject({ endUnknown: true, lastConfirmed: '26 May 2016', months: { from: '2016-03', to: '2016-12' }, confidence: 'high' });
    expect(closed.notes).toEqual(['Closed for transit; freight and local traffic pass.']);
    expect(closed.periods).toHaveLength(2);
  });

  it('keeps an "end unknown" period apart when it does not continue the one before', () => {
    const history = statusHistory(crossingWith([
      { from: '2016-01', to: '2016-02', status: 'open', sources: ['A'] },
      { from: '2016-03', to: '2016-06', status: 'fenced', endUnknown: true, sources: ['B'] },
    ]));
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ fromText: 'Mar 2016', toText: 'end unknown', lastConfirmed: 'Feb 2016', sources: ['B'] });
  });
});

describe('crossing table rows', () => {
  it('keeps the first five status codes and appends "restricted"', () => {
    expect(CROSSING_STATUSES.slice(0, 5)).toEqual(['open', 'closed', 'fenced', 'controls', 'unrecorded']);
    expect(CROSSING_STATUSES).toContain('restricted');
    expect(crossingStatusCode('restricted')).toBe(CROSSING_STATUSES.indexOf('restricted'));
    expect(CROSSING_STATUSES[crossingStatusCode('no-such-status')]).toBe('unrecorded');
  });

  it('stores status and "end unknown" per row', () => {
    const table = buildCrossingTable(newFieldsDataset().crossings);
    const rows = Array.from({ length: table.length }, (_, row) => [crossingStatusAt(table, row), table.endUnknown[row], crossingIconAt(table, row)]);
    expect(rows).toEqual([
      ['open', 0, 'crossing-open'],
      ['restricted', 0, 'crossing-restricted'],
      ['closed', 0, 'crossing-closed'],
      ['closed', 1, 'crossing-closed-end-unknown'],
      ['unrecorded', 0, 'crossing-unrecorded'],
    ]);
  });

  it('reads a row code past the list as "status unknown", and "end unknown" of an unknown status as plain unknown', () => {
    const table = buildCrossingTable([crossingWith([{ from: '2016-01', to: '2016-02', status: 'unrecorded', endUnknown: true, sources: [] }])]);
    expect(table.endUnknown[0]).toBe(0);
    table.statuses[0] = 200;
    expect(crossingStatusAt(table, 0)).toBe('unrecorded');
    expect(crossingIconName('unrecorded', true)).toBe('crossing-unrecorded');
  });
});
