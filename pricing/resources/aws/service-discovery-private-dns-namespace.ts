import { dnsNamespacePricer } from "./service-discovery-public-dns-namespace";

/** `aws_service_discovery_private_dns_namespace`: a private Route 53 hosted zone (same rate as a public one) and its queries. */
export const serviceDiscoveryPrivateDnsNamespace = dnsNamespacePricer("aws_service_discovery_private_dns_namespace");
