import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { searchServices } from '../../src/catalogue/search.js';
import { QUERIES } from './search-queries.js';

// The search as people type, measured: at least 150 queries, 95 % of them with a
// right entry among the first three results. The misses are listed in the report.

describe('search, measured on the way people type', () => {
  it('has at least 150 queries, some in English', () => {
    expect(QUERIES.length).to.be.at.least(150);
  });

  it('puts a right entry among the first three results for at least 95 % of them', () => {
    const misses: string[] = [];
    for (const { query, expect: wanted } of QUERIES) {
      const top = searchServices(query)
        .slice(0, 3)
        .map((service) => service.id);
      if (!top.some((id) => wanted.includes(id)))
        misses.push(`"${query}" → ${top.join(', ') || 'nothing'} (wanted ${wanted.join(' or ')})`);
    }
    const rate = 1 - misses.length / QUERIES.length;
    console.log(`search: ${QUERIES.length - misses.length}/${QUERIES.length} (${(rate * 100).toFixed(1)} %)`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(rate, `misses:\n  ${misses.join('\n  ')}`).to.be.at.least(0.95);
  });
});
