import * as fc from "fast-check";
import { money } from "../../../../pricing/money";
import { discountForShare, gpuSustainedUseDiscount, SUD_20, SUD_30, sustainedUseDiscount } from "../../../../pricing/resources/common/sustained-use";

describe("sustained-use discounts", () => {
  test("a full month earns 30 % (N1, M1, M2, f1, g1) or 19.98 % (N2, N2D, C2), others none", () => {
    for (const s of ["n1", "m1", "m2", "f1", "g1"]) expect(sustainedUseDiscount(s).toFixed()).toBe("0.3");
    for (const s of ["n2", "n2d", "c2"]) expect(sustainedUseDiscount(s).toFixed()).toBe("0.1998");
    for (const s of ["e2", "c3", "c4", "n4", "t2d", "a2", "g2", "c2d", "m3"]) expect(sustainedUseDiscount(s).isZero()).toBe(true);
  });

  test("incremental by quarter of the month, as GCP documents", () => {
    const share = (s: string) => money(s);
    expect(discountForShare(SUD_30, share("0.25")).toFixed()).toBe("0"); // first quarter at the base rate
    expect(discountForShare(SUD_30, share("0.5")).toFixed()).toBe("0.1"); // (0.25 + 0.2) / 0.5 = 0.9
    expect(discountForShare(SUD_30, share("0.75")).toFixed()).toBe("0.2"); // (0.25 + 0.2 + 0.15) / 0.75 = 0.8
    expect(discountForShare(SUD_20, share("0.5")).toFixed()).toBe("0.0661"); // (0.25 + 0.21695) / 0.5 = 0.9339
    expect(sustainedUseDiscount("n1", { hours: money(100) }).toFixed()).toBe("0"); // under a quarter of 730 h
    expect(sustainedUseDiscount("n1", { hours: money(1000) }).toFixed()).toBe("0.3"); // capped at the month
  });

  test("Spot and preemptible capacity and GPUs of accelerator-optimized machines get none; GPUs on N1 get the 30 % schedule", () => {
    expect(sustainedUseDiscount("n2", { spot: true }).isZero()).toBe(true);
    expect(gpuSustainedUseDiscount("nvidia-tesla-t4").toFixed()).toBe("0.3");
    expect(gpuSustainedUseDiscount("nvidia-l4").isZero()).toBe(true);
    expect(gpuSustainedUseDiscount("nvidia-tesla-t4", { spot: true }).isZero()).toBe(true);
  });

  test("property: the discount never exceeds the full-month one, and the discounted bill grows with hours", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 730 }), fc.integer({ min: 0, max: 730 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      for (const s of ["n1", "n2"]) {
        const dLo = sustainedUseDiscount(s, { hours: money(lo) }), dHi = sustainedUseDiscount(s, { hours: money(hi) });
        expect(dHi.lte(sustainedUseDiscount(s))).toBe(true);
        expect(money(hi).times(money(1).minus(dHi)).gte(money(lo).times(money(1).minus(dLo)).minus("0.05"))).toBe(true);
      }
    }));
  });
});
