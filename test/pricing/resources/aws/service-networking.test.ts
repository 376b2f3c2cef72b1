import { pricerGolden, resourceOf } from "../../../helpers/golden";

describe("Cloud Map services and namespaces, VPC Lattice services, IPAM, QLDB ledgers and Flink applications", () => {
  const report = pricerGolden(__filename, "service-networking");
  const cost = (a: string) => resourceOf(report, a).monthlyCost.expected;

  test("Cloud Map bills registered instances and discovery calls; a DNS namespace is a Route 53 hosted zone; an HTTP namespace is free", () => {
    expect(cost("aws_service_discovery_service.api")).toBe("51.2");
    expect(cost("aws_service_discovery_private_dns_namespace.local")).toBe("4.5");
    expect(cost("aws_service_discovery_public_dns_namespace.pub")).toBe("0.5");
    expect(report.free.map((f) => f.address)).toEqual(expect.arrayContaining(["aws_service_discovery_http_namespace.http", "aws_vpclattice_service_network.main", "aws_vpclattice_listener.http", "aws_vpc_ipam.free"]));
  });

  test("a Lattice service by the hour plus data and requests; IPAM's Advanced tier per active IP-hour; QLDB from usage", () => {
    expect(cost("aws_vpclattice_service.orders")).toBe("45.25");
    expect(cost("aws_vpc_ipam.main")).toBe("394.2");
    expect(cost("aws_qldb_ledger.ledger")).toBe("15.65");
  });

  test("Flink: the application's KPUs from parallelism plus one for orchestration, 50 GB of running storage per KPU", () => {
    expect(resourceOf(report, "aws_kinesisanalyticsv2_application.flink").components.map((c) => [c.name, c.monthlyCost.expected])).toEqual([
      ["Processing (5 KPUs)", "401.5"], ["Running application storage", "20"], ["Durable backups", "0"],
    ]);
    expect(cost("aws_kinesisanalyticsv2_application.default")).toBe("165.6");
    expect(report.monthlyCost.expected).toBe("1098.4");
    expect(report.unpriced).toEqual([]);
  });
});
