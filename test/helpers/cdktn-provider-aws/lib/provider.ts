import { TerraformProvider } from "cdktn";
import { Construct } from "constructs";

export interface AwsProviderConfig {
  readonly region?: string;
}

/** Shaped like `AwsProvider` of `@cdktn/provider-aws/lib/provider`. */
export class AwsProvider extends TerraformProvider {
  public static readonly tfResourceType = "aws";
  private _region?: string;

  constructor(scope: Construct, id: string, config: AwsProviderConfig = {}) {
    super(scope, id, { terraformResourceType: "aws", terraformGeneratorMetadata: { providerName: "aws" }, terraformProviderSource: "aws" });
    this._region = config.region;
  }

  public get regionInput() {
    return this._region;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { region: this._region };
  }
}
