import { geoOfRegion, isKnownRegion } from "../../pricing/geo";

describe("geo of a region", () => {
  test("known regions map to their geo, in any case for Google, repeatedly", () => {
    for (let i = 0; i < 2; i++) {
      expect(geoOfRegion("google", "europe-west1")).toBe("EU");
      expect(geoOfRegion("google", "US-CENTRAL1")).toBe("NA");
      expect(geoOfRegion("aws", "sa-east-1")).toBe("LATAM");
    }
  });

  test("names of object properties are not regions", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(geoOfRegion("google", name)).toBeUndefined();
      expect(geoOfRegion("aws", name)).toBeUndefined();
      expect(isKnownRegion("google", name)).toBe(false);
    }
  });
});
