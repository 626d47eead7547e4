import { describe, expect, it } from 'vitest';
import { diffRecords, show } from './diff';

describe('diffRecords', () => {
  it('lists the fields that changed, with lists and sites as text', () => {
    expect(
      diffRecords(
        { id: 'a', name: 'Avant', addresses: ['X'], sites: [{ commune: '29151', label: 'Permanence' }] },
        { id: 'a', name: 'Après', addresses: ['X', 'Y'], sites: [{ commune: '29151', label: 'Permanence' }], outreach: true },
      ),
    ).toEqual([
      { field: 'name', before: 'Avant', after: 'Après' },
      { field: 'addresses', before: 'X', after: 'X ; Y' },
      { field: 'outreach', before: '—', after: 'true' },
    ]);
  });
  it('treats a missing record as empty (creation, deletion)', () => {
    expect(diffRecords(null, { id: 'b' })).toEqual([{ field: 'id', before: '—', after: 'b' }]);
    expect(show([])).toBe('—');
  });
});
