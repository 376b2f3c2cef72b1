import { TerraformResource } from "cdktn";
import { Construct } from "constructs";

export interface S3BucketConfig {
  readonly bucket?: string;
}

/** Shaped like `S3Bucket` of `@cdktn/provider-aws/lib/s3-bucket`. */
export class S3Bucket extends TerraformResource {
  public static readonly tfResourceType = "aws_s3_bucket";
  private _bucket?: string;

  constructor(scope: Construct, id: string, config: S3BucketConfig = {}) {
    super(scope, id, { terraformResourceType: "aws_s3_bucket", terraformGeneratorMetadata: { providerName: "aws" } });
    this._bucket = config.bucket;
  }

  public get bucketInput() {
    return this._bucket;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { bucket: this._bucket };
  }
}
