import { checkGeometry } from './geometry';

describe('checkGeometry', () => {
  it('accepts a point, a line and a closed polygon, and keeps only type and coordinates', () => {
    expect(checkGeometry('{"type":"Point","coordinates":[2.35,48.85],"extra":1}')).toEqual({
      ok: true,
      geometry: '{"type":"Point","coordinates":[2.35,48.85]}',
    });
    expect(
      checkGeometry('{"type":"LineString","coordinates":[[2.35,48.85],[2.36,48.86]]}').ok,
    ).toBe(true);
    expect(
      checkGeometry(
        '{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}',
      ).ok,
    ).toBe(true);
  });

  it('refuses text that is not JSON, an unknown type, and coordinates out of range', () => {
    expect(checkGeometry('rue de la Gare')).toEqual({
      ok: false,
      reason: 'la géométrie n’est pas du JSON valide',
    });
    expect(checkGeometry('{"type":"Feature","geometry":null}').ok).toBe(false);
    // French typography: a no-break space before the colon.
    const unknown = checkGeometry('{"type":"Feature","geometry":null}');
    expect(!unknown.ok && unknown.reason).toMatch(/^type de géométrie attendu\u00a0: /);
    expect(checkGeometry('{"type":"Point","coordinates":[200,48]}')).toEqual({
      ok: false,
      reason: 'coordonnées invalides pour un Point (longitude, latitude en degrés)',
    });
    expect(checkGeometry('[1,2]').ok).toBe(false);
  });

  it('refuses a polygon whose ring is not closed, and a line of one position', () => {
    expect(
      checkGeometry(
        '{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.3,48.8]]]}',
      ).ok,
    ).toBe(false);
    expect(checkGeometry('{"type":"LineString","coordinates":[[2.35,48.85]]}').ok).toBe(false);
  });
});
