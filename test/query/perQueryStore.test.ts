import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { perQueryStore } from '../../src/query/perQueryStore';

describe('perQueryStore', () => {
  it('gives each client its own map, the same one every time, and each store its own maps', () => {
    const store = perQueryStore<number>();
    const other = perQueryStore<number>();
    const a = new QueryClient();
    const b = new QueryClient();
    store(a).set('q', 1);
    expect(store(a)).toBe(store(a));
    expect(store(a).get('q')).toBe(1);
    expect(store(b).has('q')).toBe(false);
    expect(other(a).has('q')).toBe(false);
  });
});
