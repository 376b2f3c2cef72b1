import { TerraformResource } from "cdktn";
import { Construct } from "constructs";

export interface EbsVolumeConfig {
  readonly availabilityZone: string;
  readonly size?: number;
  readonly type?: string;
}

/** Shaped like `EbsVolume` of `@cdktn/provider-aws/lib/ebs-volume`. */
export class EbsVolume extends TerraformResource {
  public static readonly tfResourceType = "aws_ebs_volume";
  private _availabilityZone?: string;
  private _size?: number;
  private _type?: string;

  constructor(scope: Construct, id: string, config: EbsVolumeConfig) {
    super(scope, id, { terraformResourceType: "aws_ebs_volume", terraformGeneratorMetadata: { providerName: "aws" } });
    this._availabilityZone = config.availabilityZone;
    this._size = config.size;
    this._type = config.type;
  }

  public get sizeInput() {
    return this._size;
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { availability_zone: this._availabilityZone, size: this._size, type: this._type };
  }
}
