import { awsImportHint } from "../../../pricing/import/hint";

describe("awsImportHint: which offer file prices an AWS id in a region", () => {
  test("names the region's offer file of the service whose rule makes the id", () => {
    expect(awsImportHint("aws/vpc/nat-gateway-hours", "ap-southeast-2")).toContain("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/ap-southeast-2/index.json");
    expect(awsImportHint("aws/ec2/m7g.large", "eu-west-3")).toContain("/AmazonEC2/current/eu-west-3/index.json");
    expect(awsImportHint("aws/lambda/requests", "sa-east-1")).toContain("/AWSLambda/current/sa-east-1/index.json");
  });

  test("CloudFront prices come by viewer geo from the whole offer file", () => {
    expect(awsImportHint("aws/cloudfront/data-transfer-out", "APAC")).toContain("/AmazonCloudFront/current/index.json");
  });

  test("gives nothing for ids no rule of the shipped mapping makes", () => {
    expect(awsImportHint("aws/msk/storage", "eu-west-1")).toBeUndefined();
    expect(awsImportHint("aws/sqs/requests-standard", "eu-west-1")).toBeUndefined();
    expect(awsImportHint("google/compute/n2-standard-2", "europe-west1")).toBeUndefined();
  });
});
