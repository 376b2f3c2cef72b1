import { Attributes, LITERAL_VALUES } from "../../pricing/attributes";

describe("Attributes.with: a changed copy for pricing a changed configuration", () => {
  const raw = { node_config: [{ machine_type: "n2-standard-8", labels: { a: "1" } }], autoscaling: { min_node_count: 3 }, rule: [{ transition: [{ storage_class: "GLACIER" }, { storage_class: "STANDARD_IA" }] }] };
  const attrs = new Attributes(raw, LITERAL_VALUES);

  test("replaces values in blocks written as lists or as one object, and adds missing ones", () => {
    const changed = attrs.with({ "node_config.spot": true, "node_config.machine_type": "n2-standard-4", "autoscaling.min_node_count": 1, "rule.0.transition.1.storage_class": "DEEP_ARCHIVE" });
    expect(changed.bool("node_config.spot")).toBe(true);
    expect(changed.str("node_config.machine_type")).toBe("n2-standard-4");
    expect(changed.str("node_config.labels.a")).toBe("1");
    expect(changed.num("autoscaling.min_node_count")).toBe(1);
    expect(changed.str("rule.0.transition.0.storage_class")).toBe("GLACIER");
    expect(changed.str("rule.0.transition.1.storage_class")).toBe("DEEP_ARCHIVE");
  });

  test("leaves the original as it was", () => {
    attrs.with({ "node_config.machine_type": "e2-small", "new.block.value": 1 });
    expect(attrs.str("node_config.machine_type")).toBe("n2-standard-8");
    expect(attrs.has("new")).toBe(false);
    expect(raw.node_config[0]).toEqual({ machine_type: "n2-standard-8", labels: { a: "1" } });
  });
});
