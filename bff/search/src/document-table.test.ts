import { describe, expect, it } from 'vitest';
import { DocumentTable } from './document-table.js';

describe('DocumentTable', () => {
  it('numbers documents in order and averages field lengths over live ones', () => {
    const table = new DocumentTable(2);
    const first = table.add();
    table.setLength(first, 0, 4);
    table.setLength(first, 1, 10);
    const second = table.add();
    table.setLength(second, 0, 2);
    table.setLength(second, 1, 30);
    expect([first, second]).toEqual([0, 1]);
    expect(table.statisticsOf(1).averageLength).toBe(20);
    expect(table.remove(first)).toBe(true);
    expect(table.remove(first)).toBe(false);
    expect(table.statisticsOf(0)).toMatchObject({ liveDocs: 1, averageLength: 2, field: 0 });
    expect([table.liveDocs, table.deadDocs]).toEqual([1, 1]);
  });

  it('keeps lengths and liveness of earlier documents as it grows', () => {
    const table = new DocumentTable(1);
    for (let doc = 0; doc < 3000; doc++) table.setLength(table.add(), 0, doc % 7);
    const { alive, fieldLengths } = table.statisticsOf(0);
    expect(table.size).toBe(3000);
    expect([alive[5], fieldLengths[5], fieldLengths[2999]]).toEqual([1, 5, 2999 % 7]);
  });
});
