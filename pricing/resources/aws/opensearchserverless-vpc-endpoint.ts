import { opensearchEndpointPricer } from "./opensearch-vpc-endpoint";

/** `aws_opensearchserverless_vpc_endpoint`: an interface endpoint to OpenSearch Serverless collections, in `subnet_ids`. */
export const opensearchserverlessVpcEndpoint = opensearchEndpointPricer("aws_opensearchserverless_vpc_endpoint", (r) => r.attrs.list("subnet_ids").length);
